import { mean } from "../helpers/mean.ts";
import { quantileSorted } from "../helpers/quantile.ts";
import { select } from "../helpers/select.ts";
import { sortedCopy } from "../helpers/sorted.ts";

/**
 * Outlier loss ratio: q(0.01) / mean of the negative returns, how far the worst 1% of bars fall
 * below a typical losing bar (q is the type 7 quantile). Unitless, positive when q(0.01) < 0.
 * NaN without a loss.
 *
 * Convention: QuantStats' `outlier_loss_ratio`, and agrees with it.
 */
export function outlierLossRatio(returns: Float64Array): number {
  const negativeMean = mean(select(returns, (r) => r < 0));
  if (Number.isNaN(negativeMean) || negativeMean === 0) return NaN;

  return quantileSorted(sortedCopy(returns), 0.01) / negativeMean;
}
