import { pairwiseSum } from "../helpers/pairwise-sum.ts";
import { partitions } from "../helpers/partitions.ts";

/**
 * Profit factor: Σ r over r ≥ 0 / |Σ r over r < 0|, gross gains over gross losses, on bars.
 * Unitless. +Infinity with gains and no loss; 0 with neither.
 *
 * Convention: QuantStats' `profit_factor` on a return series, and agrees with it. (Its report
 * passes a table, for which QuantStats turns +Infinity into 0; the series answer is kept here.)
 *
 * profitFactor(new Float64Array([0.03, -0.01, 0.01])) // => 0.04 / 0.01 = 4
 */
export function profitFactor(returns: Float64Array): number {
  const { nonNegative, negative } = partitions(returns);
  const gains = pairwiseSum(nonNegative);
  const losses = Math.abs(pairwiseSum(negative));
  if (losses === 0) return gains === 0 ? 0 : Infinity;

  return gains / losses;
}
