import { compound } from "../helpers/compound.ts";

/**
 * Compound annual growth rate: (1 + total return)^(1 / years) − 1, where years = n / P, n the
 * number of bars and P the periods per year. A fraction per year.
 *
 * Convention: QuantStats' `cagr(returns, periods=P)` (0.0.70 and later: years from the bar
 * count, not the calendar), and agrees with it; the risk-free rate is not subtracted, as in
 * QuantStats. The answer is only as right as P: twelve monthly returns of 1% give 12.68% a year
 * with P = 12 but 1127% with the default P = 252, which is why P comes from the timestamps (see
 * `inferPeriodsPerYear`). NaN for an empty series.
 *
 * cagr(new Float64Array(12).fill(0.01), 12) // => 0.12682503013196977
 */
export function cagr(returns: Float64Array, periodsPerYear: number): number {
  if (returns.length === 0) return NaN;

  const wealth = compound(returns) + 1;
  const years = returns.length / periodsPerYear;
  if (wealth < 0) return NaN;
  return Math.pow(Math.abs(wealth), 1 / years) - 1;
}
