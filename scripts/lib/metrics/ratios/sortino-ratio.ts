import { excessReturns } from "../helpers/excess-returns.ts";
import { mean } from "../helpers/mean.ts";
import { memoize } from "../helpers/memoize.ts";
import { pairwiseSum } from "../helpers/pairwise-sum.ts";
import { partitions } from "../helpers/partitions.ts";
import { autocorrPenalty } from "../risk/autocorr-penalty.ts";
import type { RatioOptions } from "./sharpe-ratio.ts";

/**
 * Sortino ratio: mean(x) / DD · √P, where x are the excess returns (as for the Sharpe ratio) and
 * DD = √(Σ x² over x < 0, divided by n) the downside deviation below 0 over all n bars. With
 * `smart`, DD is multiplied by the autocorrelation penalty of x. Unitless, annualised unless
 * asked not to. NaN without a negative excess return.
 *
 * Convention: QuantStats' `sortino` and `smart_sortino(returns, rf, periods=P)` (Sortino and
 * Price's definition as in the Red Rock Capital note: target 0, divide by all bars), and agrees
 * with them, except for a negative risk-free rate (see `excessReturns`).
 *
 * sortinoRatio(new Float64Array([0.03, -0.01]), { riskFreeRate: 0, periodsPerYear: 1 })
 * // => 0.01 / √(0.0001 / 2) = 1.414213562373095
 */
export function sortinoRatio(returns: Float64Array, options: RatioOptions): number {
  const { riskFreeRate, periodsPerYear, annualize = true, smart = false } = options;
  const excess = excessReturns(returns, riskFreeRate, periodsPerYear);

  let downside = downsideDeviation(excess);
  if (smart) downside *= autocorrPenalty(excess);
  const ratio = downside === 0 ? NaN : mean(excess) / downside;
  return annualize ? ratio * Math.sqrt(periodsPerYear) : ratio;
}

/**
 * √(Σ x² over x < 0 / n), the squares added in pandas' order (a compact copy, pairwise). Once
 * per array: the Sortino family and its probabilistic versions share it.
 */
const downsideDeviation = memoize((excess: Float64Array): number => {
  const losses = partitions(excess).negative;
  const squares = new Float64Array(losses.length);
  for (let i = 0; i < losses.length; i++) squares[i] = losses[i]! * losses[i]!;
  return Math.sqrt(pairwiseSum(squares) / excess.length);
});
