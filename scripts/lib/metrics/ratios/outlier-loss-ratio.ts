import { mean } from "../helpers/mean.ts";
import { partitions } from "../helpers/partitions.ts";
import { quantile } from "../helpers/quantile.ts";

/**
 * Outlier loss ratio: q(0.01) / mean of the negative returns, how far the worst 1% of bars fall
 * below a typical losing bar (q is the type 7 quantile). Unitless, positive when q(0.01) < 0.
 * NaN without a loss.
 *
 * Convention: QuantStats' `outlier_loss_ratio`, and agrees with it.
 */
export function outlierLossRatio(returns: Float64Array): number {
  const negativeMean = mean(partitions(returns).negative);
  if (Number.isNaN(negativeMean) || negativeMean === 0) return NaN;

  return quantile(returns, 0.01) / negativeMean;
}
