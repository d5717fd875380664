import { mean } from "../helpers/mean.ts";
import { partitions } from "../helpers/partitions.ts";
import { quantile } from "../helpers/quantile.ts";

/**
 * Outlier win ratio: q(0.99) / mean of the returns ≥ 0, how far the best 1% of bars stand above
 * a typical non-losing bar (q is the type 7 quantile). Unitless. NaN when that mean is 0 or
 * undefined.
 *
 * Convention: QuantStats' `outlier_win_ratio` (flat bars are in the mean), and agrees with it.
 */
export function outlierWinRatio(returns: Float64Array): number {
  const nonNegativeMean = mean(partitions(returns).nonNegative);
  if (Number.isNaN(nonNegativeMean) || nonNegativeMean === 0) return NaN;

  return quantile(returns, 0.99) / nonNegativeMean;
}
