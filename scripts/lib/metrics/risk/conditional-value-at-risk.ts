import { mean } from "../helpers/mean.ts";
import { standardNormalDensity, standardNormalQuantile } from "../helpers/normal.ts";
import { sampleStandardDeviation } from "../helpers/standard-deviation.ts";

const CONFIDENCE = 0.95;

/**
 * Conditional value at risk (expected shortfall), parametric (normal): μ − σ · φ(Φ⁻¹(α)) / α
 * with α = 1 − 0.95, μ the mean and σ the sample standard deviation: the average loss in the
 * worst 5% of bars if returns were normal. Negative for a loss. Per bar, not annualised.
 *
 * Convention: QuantStats' `conditional_value_at_risk` (`cvar`), default method "parametric"
 * (0.0.83 and later), and agrees with it; with all returns equal it is the mean. The report row
 * "Expected Shortfall (cVaR)" shows −|CVaR|; this key keeps the sign.
 *
 * conditionalValueAtRisk(new Float64Array([0.01, -0.01])) // => −0.0291711...
 */
export function conditionalValueAtRisk(values: Float64Array): number {
  if (values.length === 0) return NaN;

  const average = mean(values);
  const deviation = sampleStandardDeviation(values);
  if (deviation === 0 || Number.isNaN(deviation)) return average;

  const tail = 1 - CONFIDENCE;
  return average - (deviation * standardNormalDensity(standardNormalQuantile(tail))) / tail;
}
