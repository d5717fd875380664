import { memoize } from "./memoize.ts";

/** Count and central moment sums (m2 = Σ(x − mean)², m3 = Σ(x − mean)³, m4 = Σ(x − mean)⁴). */
export interface CentralMoments {
  count: number;
  m2: number;
  m3: number;
  m4: number;
}

/**
 * The central moment sums of `values` in one pass, by the online update pandas 3.1 uses for
 * `Series.skew()` and `Series.kurt()` (Terriberry's extension of Welford's algorithm), with the
 * same operations in the same order so that the results agree to the last bit. Computed once
 * per array.
 */
export const centralMoments = memoize((values: Float64Array): CentralMoments => {
  let count = 0;
  let average = 0;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < values.length; i++) {
    count += 1;
    const n = count;
    const delta = values[i]! - average;
    const deltaN = delta / n;
    const term1 = delta * deltaN * (n - 1);
    m4 += deltaN * (-4 * m3 + deltaN * (6 * m2 + term1 * (n * n - 3 * n + 3)));
    m3 += deltaN * (term1 * (n - 2) - 3 * m2);
    m2 += term1;
    average += deltaN;
  }
  return { count, m2, m3, m4 };
});
