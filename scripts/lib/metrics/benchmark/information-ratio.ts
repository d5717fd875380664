import { mean } from "../helpers/mean.ts";
import { sampleStandardDeviation } from "../helpers/standard-deviation.ts";
import { assertPaired } from "./covariance.ts";

/**
 * Information ratio: mean(r − b) / s(r − b), the average active return per unit of tracking
 * error, per bar and not annualised (s is the sample standard deviation). Unitless. 0 when the
 * strategy tracks the benchmark exactly.
 *
 * Convention: QuantStats' `information_ratio` (the "Information Ratio" row of 0.0.86, not
 * annualised), and agrees with it, including 0 for zero tracking error.
 *
 * informationRatio(new Float64Array([0.03, 0.01]), new Float64Array([0.01, 0]))
 * // => 0.015 / 0.00707 = 2.1213...
 */
export function informationRatio(returns: Float64Array, benchmark: Float64Array): number {
  assertPaired(returns, benchmark);
  const active = new Float64Array(returns.length);
  for (let i = 0; i < returns.length; i++) active[i] = returns[i]! - benchmark[i]!;

  const trackingError = sampleStandardDeviation(active);
  if (trackingError === 0) return 0;
  return mean(active) / trackingError;
}
