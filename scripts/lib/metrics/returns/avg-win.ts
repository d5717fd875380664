import { mean } from "../helpers/mean.ts";
import { partitions } from "../helpers/partitions.ts";

/**
 * Average win: mean of the positive returns. Given bar returns, per bar; given monthly returns
 * (see `calendarReturns`), the average up month. A fraction. NaN without a positive return.
 *
 * Convention: QuantStats' `avg_win`, and agrees with it.
 *
 * avgWin(new Float64Array([0.02, 0.04, -0.01])) // => 0.03
 */
export function avgWin(periodReturns: Float64Array): number {
  return mean(partitions(periodReturns).positive);
}
