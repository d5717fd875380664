import { pairwiseSum } from "./pairwise-sum.ts";

/**
 * The arithmetic mean, as pandas computes it: the pairwise sum divided by the count.
 * NaN for an empty array.
 *
 * mean(new Float64Array([0.01, -0.02, 0.03])) // => 0.006666666666666665
 */
export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN;

  return pairwiseSum(values) / values.length;
}
