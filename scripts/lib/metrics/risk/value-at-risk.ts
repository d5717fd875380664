import { mean } from "../helpers/mean.ts";
import { standardNormalQuantile } from "../helpers/normal.ts";
import { sampleStandardDeviation } from "../helpers/standard-deviation.ts";

/** QuantStats' default confidence; the tail probability is 1 − 0.95, computed the same way. */
const CONFIDENCE = 0.95;

/**
 * Value at risk, parametric (normal): μ + σ · Φ⁻¹(1 − 0.95) = μ − 1.6449 σ, with μ the mean and
 * σ the sample standard deviation of the returns. The loss per bar exceeded one bar in twenty if
 * returns were normal; negative for a loss (−0.02 is a 2% loss). Per bar, not annualised.
 *
 * Convention: QuantStats' `value_at_risk` (`var`) with sigma 1 and confidence 0.95, and agrees
 * with it, including NaN when all returns are equal (scipy's normal needs σ > 0). The report row
 * "Daily Value-at-Risk" shows −|VaR|; this key keeps the sign.
 *
 * valueAtRisk(new Float64Array([0.01, -0.01])) // => 0 − 1.6449 · 0.014142 = −0.0232617...
 */
export function valueAtRisk(returns: Float64Array): number {
  const average = mean(returns);
  const deviation = sampleStandardDeviation(returns);
  if (!(deviation > 0)) return NaN;

  return standardNormalQuantile(1 - CONFIDENCE) * deviation + average;
}
