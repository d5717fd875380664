import { assertPaired, comoments } from "./covariance.ts";

/**
 * R²: the square of the Pearson correlation between the strategy's and the benchmark's returns,
 * the share of the strategy's variance its linear fit on the benchmark explains. From 0 to 1.
 *
 * Convention: QuantStats' `r_squared` (scipy's `linregress(returns, benchmark).rvalue²`), and
 * agrees with it, including scipy's answers when one side never moves: 0, or NaN when the
 * covariance is 0 as well.
 *
 * rSquared(new Float64Array([0.02, -0.02, 0.01]), new Float64Array([0.01, -0.01, 0.005])) // => 1
 */
export function rSquared(returns: Float64Array, benchmark: Float64Array): number {
  assertPaired(returns, benchmark);
  if (returns.length < 2) return NaN;

  const { crossDeviations, squaredDeviationsX, squaredDeviationsY } = comoments(returns, benchmark);
  if (squaredDeviationsX === 0 || squaredDeviationsY === 0) {
    return crossDeviations === 0 ? NaN : 0;
  }
  const r = crossDeviations / Math.sqrt(squaredDeviationsX * squaredDeviationsY);
  const clipped = Math.max(-1, Math.min(1, r));
  return clipped * clipped;
}
