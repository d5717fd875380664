import { centralMoments } from "../helpers/central-moments.ts";

/**
 * Excess kurtosis, bias-corrected (G2):
 * (n − 1)/((n − 2)(n − 3)) · (n(n + 1) · m4/m2² − 3(n − 1)), where m2 and m4 are the sums of
 * squared and fourth-power deviations from the mean. A normal distribution gives about 0.
 *
 * Convention: pandas' `Series.kurt()`, which `qs.stats.kurtosis` returns; it agrees with
 * QuantStats. NaN with fewer than four returns or when all returns are equal. Unitless.
 *
 * kurtosis(new Float64Array([0.01, 0.02, 0.03, 0.1])) // => 3.228 (3.2280000000000015)
 */
export function kurtosis(returns: Float64Array): number {
  const { count, m2, m4 } = centralMoments(returns);
  if (count < 4) return NaN;

  const momentsRatio = m4 / (m2 * m2);
  const inner = count * (count + 1) * momentsRatio - 3 * (count - 1);
  const correction = (count - 1) / ((count - 2) * (count - 3));
  return correction * inner;
}
