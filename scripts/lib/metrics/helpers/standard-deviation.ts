import { memoize } from "./memoize.ts";
import { pairwiseSum } from "./pairwise-sum.ts";

/**
 * Sample variance (ddof = 1) by pandas' two-pass algorithm: the mean first, then the sum of
 * squared deviations from it, each added in numpy's pairwise order.
 *
 * Convention: matches `Series.var()` bit for bit, so a constant series gives the same tiny or
 * zero variance as QuantStats (which decides whether a Sharpe ratio is huge or NaN).
 * NaN with fewer than two values. Computed once per array.
 */
export const sampleVariance = memoize((values: Float64Array): number => {
  const count = values.length;
  if (count < 2) return NaN;

  const average = pairwiseSum(values) / count;
  const squaredDeviations = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const deviation = average - values[i]!;
    squaredDeviations[i] = deviation * deviation;
  }
  return pairwiseSum(squaredDeviations) / (count - 1);
});

/**
 * Sample standard deviation (ddof = 1), the square root of {@link sampleVariance}; pandas'
 * `Series.std()`. NaN with fewer than two values.
 *
 * sampleStandardDeviation(new Float64Array([0.01, -0.02, 0.03])) // => 0.025166114784235832
 */
export function sampleStandardDeviation(values: Float64Array): number {
  return Math.sqrt(sampleVariance(values));
}
