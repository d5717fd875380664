import { excessReturns } from "../helpers/excess-returns.ts";
import { pairwiseSum } from "../helpers/pairwise-sum.ts";
import { partitions } from "../helpers/partitions.ts";

/**
 * Omega ratio at a required return of 0: Σ max(x, 0) / Σ max(−x, 0), the gains above the
 * threshold over the losses below it, where x are the excess returns (as for the Sharpe ratio).
 * Unitless; above 1 when gains outweigh losses. NaN with fewer than two bars or without a loss.
 *
 * Convention: QuantStats' `omega(returns, rf, 0, periods=P)`, and agrees with it, except for a
 * negative risk-free rate (see `excessReturns`).
 *
 * omegaRatio(new Float64Array([0.03, -0.01]), 0, 252) // => 3
 */
export function omegaRatio(
  returns: Float64Array,
  riskFreeRate: number,
  periodsPerYear: number,
): number {
  if (returns.length < 2) return NaN;

  const excess = excessReturns(returns, riskFreeRate, periodsPerYear);
  const { positive, negative } = partitions(excess);
  const gains = pairwiseSum(positive);
  const losses = -1 * pairwiseSum(negative);
  return losses > 0 ? gains / losses : NaN;
}
