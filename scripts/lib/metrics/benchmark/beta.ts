import { assertPaired, comoments } from "./covariance.ts";

/**
 * Beta: cov(r, b) / var(b), the slope of the strategy's returns r on the benchmark's b, bar for
 * bar (sample covariance and variance; the n − 1 cancels). Unitless: 1.2 moves 1.2% for each 1%
 * of the benchmark.
 *
 * Convention: QuantStats' `greeks(returns, benchmark)["beta"]`, and agrees with it, except when
 * the benchmark never moves: beta is then undefined and NaN here, where QuantStats fills in 0.
 * See "Deliberate differences" in references/metrics.md.
 *
 * beta(new Float64Array([0.02, -0.02]), new Float64Array([0.01, -0.01])) // => 2
 */
export function beta(returns: Float64Array, benchmark: Float64Array): number {
  assertPaired(returns, benchmark);
  if (returns.length < 2) return NaN;

  const moments = comoments(returns, benchmark);
  if (moments.squaredDeviationsY === 0) return NaN;
  return moments.crossDeviations / moments.squaredDeviationsY;
}
