import { mean } from "../helpers/mean.ts";
import { partitions } from "../helpers/partitions.ts";

/**
 * Average return of the bars that moved: mean of r over bars with r ≠ 0 (flat bars, when the
 * strategy is out of the market, are left out). A fraction per bar. NaN if no bar moved.
 *
 * Convention: QuantStats' `avg_return`, and agrees with it.
 *
 * avgReturn(new Float64Array([0.02, 0, -0.01])) // => 0.005
 */
export function avgReturn(returns: Float64Array): number {
  return mean(partitions(returns).nonZero);
}
