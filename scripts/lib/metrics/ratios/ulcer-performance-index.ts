import { ulcerIndex } from "../drawdown/ulcer-index.ts";
import { compound } from "../helpers/compound.ts";

/**
 * Ulcer performance index (Martin ratio): (total return − rf) / ulcer index, where the total
 * return is compounded over the whole series and rf is the annual risk-free rate as given.
 * Unitless. NaN when the series never draws down.
 *
 * Convention: QuantStats' `ulcer_performance_index(returns, rf)`, and agrees with it; like
 * QuantStats it subtracts the annual rate once from the total return, whatever the length.
 *
 * ulcerPerformanceIndex(new Float64Array([0.1, -0.5, 0.2]), 0) // => −0.34 / 0.45277 = −0.7509...
 */
export function ulcerPerformanceIndex(returns: Float64Array, riskFreeRate: number): number {
  const ulcer = ulcerIndex(returns);
  if (ulcer === 0) return NaN;

  return (compound(returns) - riskFreeRate) / ulcer;
}
