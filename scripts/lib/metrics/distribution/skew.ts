import { centralMoments } from "../helpers/central-moments.ts";

/**
 * Skewness: the adjusted Fisher-Pearson coefficient G1 = n·√(n − 1)/(n − 2) · m3 / m2^1.5, where
 * m2 and m3 are the sums of squared and cubed deviations from the mean.
 *
 * Convention: pandas' bias-corrected `Series.skew()`, which `qs.stats.skew` returns; it agrees
 * with QuantStats. NaN with fewer than three returns or when all returns are equal (pandas ≥ 3.1).
 * Unitless.
 *
 * skew(new Float64Array([0.01, 0.02, 0.06])) // => 1.4578629673213053
 */
export function skew(returns: Float64Array): number {
  const { count, m2, m3 } = centralMoments(returns);
  if (count < 3) return NaN;

  const momentsRatio = m3 / (m2 * Math.sqrt(m2));
  const correction = (count * Math.sqrt(count - 1)) / (count - 2);
  return momentsRatio * correction;
}
