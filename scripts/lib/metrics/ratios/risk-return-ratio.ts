import { mean } from "../helpers/mean.ts";
import { sampleStandardDeviation } from "../helpers/standard-deviation.ts";

/**
 * Risk-return ratio: mean(r) / s(r), the mean return per unit of standard deviation, per bar
 * (a Sharpe ratio at rf = 0, not annualised). Unitless. NaN when all returns are equal.
 *
 * Convention: QuantStats' `risk_return_ratio`, and agrees with it.
 *
 * riskReturnRatio(new Float64Array([0.01, 0.03])) // => 0.02 / 0.0141421356 = 1.414213562373095
 */
export function riskReturnRatio(returns: Float64Array): number {
  const deviation = sampleStandardDeviation(returns);
  if (deviation === 0) return NaN;

  return mean(returns) / deviation;
}
