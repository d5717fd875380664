import { excessReturns } from "../helpers/excess-returns.ts";
import { mean } from "../helpers/mean.ts";
import { sampleStandardDeviation } from "../helpers/standard-deviation.ts";
import { autocorrPenalty } from "../risk/autocorr-penalty.ts";

/** Options shared by the Sharpe and Sortino families. */
export interface RatioOptions {
  /** Annual risk-free rate as a fraction, de-annualised geometrically: (1 + rf)^(1/P) − 1. */
  riskFreeRate: number;
  /** Periods per year, P. */
  periodsPerYear: number;
  /** Multiply by √P (default true). */
  annualize?: boolean;
  /** Divide by the autocorrelation penalty of the excess returns ("smart" ratio). */
  smart?: boolean;
}

/**
 * Sharpe ratio: mean(x) / s(x) · √P, where x = r − ((1 + rf)^(1/P) − 1) are the excess returns
 * and s their sample standard deviation (n − 1). With `smart`, s is multiplied by the
 * autocorrelation penalty of x (see `autocorrPenalty`). Unitless, annualised unless asked not to.
 *
 * Convention: QuantStats' `sharpe` and `smart_sharpe(returns, rf, periods=P)`, and agrees with
 * them, except that a negative risk-free rate is applied here and ignored by QuantStats (see
 * `excessReturns`). All returns equal: ±Infinity or NaN, as in QuantStats.
 *
 * sharpeRatio(new Float64Array([0.01, 0.03]), { riskFreeRate: 0, periodsPerYear: 1 })
 * // => 0.02 / 0.0141421356 = 1.414213562373095
 */
export function sharpeRatio(returns: Float64Array, options: RatioOptions): number {
  const { riskFreeRate, periodsPerYear, annualize = true, smart = false } = options;
  const excess = excessReturns(returns, riskFreeRate, periodsPerYear);

  let divisor = sampleStandardDeviation(excess);
  if (smart) divisor *= autocorrPenalty(excess);
  const ratio = mean(excess) / divisor;
  return annualize ? ratio * Math.sqrt(periodsPerYear) : ratio;
}
