import type { RatioOptions } from "./sharpe-ratio.ts";
import { sortinoRatio } from "./sortino-ratio.ts";

/**
 * Adjusted Sortino ratio: the Sortino ratio divided by √2, which Jack Schwager proposed so that
 * it can be compared with a Sharpe ratio. With `smart`, the smart Sortino ratio divided by √2.
 * Unitless.
 *
 * Convention: QuantStats' `adjusted_sortino` (the "Sortino/√2" and "Smart Sortino/√2" rows),
 * and agrees with it.
 *
 * adjustedSortino(new Float64Array([0.03, -0.01]), { riskFreeRate: 0, periodsPerYear: 1 }) // => 1
 */
export function adjustedSortino(returns: Float64Array, options: RatioOptions): number {
  return sortinoRatio(returns, options) / Math.SQRT2;
}
