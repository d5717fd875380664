import { mean } from "../helpers/mean.ts";
import { partitions } from "../helpers/partitions.ts";

/**
 * Average loss: mean of the negative returns, itself negative. Given bar returns, per bar;
 * given monthly returns (see `calendarReturns`), the average down month. A fraction. NaN
 * without a negative return.
 *
 * Convention: QuantStats' `avg_loss`, and agrees with it.
 *
 * avgLoss(new Float64Array([0.02, -0.04, -0.01])) // => -0.025
 */
export function avgLoss(periodReturns: Float64Array): number {
  return mean(partitions(periodReturns).negative);
}
