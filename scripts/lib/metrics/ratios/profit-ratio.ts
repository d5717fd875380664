import { mean } from "../helpers/mean.ts";
import { partitions } from "../helpers/partitions.ts";

/**
 * Profit ratio: (|mean of r ≥ 0| / count of r ≥ 0) / (|mean of r < 0| / count of r < 0). Flat
 * bars count as wins. Unitless. 0 without a win; NaN without a loss.
 *
 * Convention: QuantStats' `profit_ratio` ("Profit Ratio"), and agrees with it.
 *
 * profitRatio(new Float64Array([0.02, 0.04, -0.01])) // => (0.03 / 2) / (0.01 / 1) = 1.5
 */
export function profitRatio(returns: Float64Array): number {
  const { nonNegative: wins, negative: losses } = partitions(returns);
  if (wins.length === 0) return 0;
  if (losses.length === 0) return NaN;

  const winRatio = Math.abs(mean(wins) / wins.length);
  const lossRatio = Math.abs(mean(losses) / losses.length);
  return lossRatio === 0 ? NaN : winRatio / lossRatio;
}
