import { rollingMoments } from "../helpers/rolling.ts";

/**
 * Rolling Sharpe ratio: over each window of `window` bars, mean / s · √P (risk-free rate 0, s
 * the sample standard deviation); NaN for the first window − 1 bars. Unitless.
 *
 * Convention: QuantStats' `rolling_sharpe(returns, 0, window, periods_per_year=P)`, and agrees
 * with it.
 */
export function rollingSharpe(
  returns: Float64Array,
  window: number,
  periodsPerYear: number,
): Float64Array {
  const { means, deviations } = rollingMoments(returns, window);
  const annualisation = Math.sqrt(periodsPerYear);

  return means.map((average, i) => (average / deviations[i]!) * annualisation);
}
