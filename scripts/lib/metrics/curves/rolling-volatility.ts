import { rollingMoments } from "../helpers/rolling.ts";

/**
 * Rolling annualised volatility: over each window of `window` bars, s · √P with s the sample
 * standard deviation of the returns; NaN for the first window − 1 bars. A fraction per year.
 *
 * Convention: QuantStats' `rolling_volatility(returns, window, P)` (the tearsheet uses half a
 * year of bars), and agrees with it.
 */
export function rollingVolatility(
  returns: Float64Array,
  window: number,
  periodsPerYear: number,
): Float64Array {
  const { deviations } = rollingMoments(returns, window);
  const annualisation = Math.sqrt(periodsPerYear);

  return deviations.map((deviation) => deviation * annualisation);
}
