import { memoize } from "./memoize.ts";

/** The returns split by sign, each part in the original order. */
export interface Partitions {
  /** r > 0 */
  positive: Float64Array;
  /** r < 0 */
  negative: Float64Array;
  /** r ≥ 0 (flat bars with the winners, as QuantStats' profit factor and ratio count them) */
  nonNegative: Float64Array;
  /** r ≠ 0 */
  nonZero: Float64Array;
}

/**
 * The positive, negative, non-negative and non-zero returns, in one pass and once per array:
 * the averages, payoff, profit factor and ratio, Kelly and CPC all start from them. Sums over
 * these compact copies are added in the order pandas adds a masked selection. The arrays must
 * not be modified.
 */
export const partitions = memoize((returns: Float64Array): Partitions => {
  let positives = 0;
  let negatives = 0;
  for (let i = 0; i < returns.length; i++) {
    if (returns[i]! > 0) positives++;
    else if (returns[i]! < 0) negatives++;
  }
  const zeros = returns.length - positives - negatives;
  const positive = new Float64Array(positives);
  const negative = new Float64Array(negatives);
  const nonNegative = new Float64Array(positives + zeros);
  const nonZero = new Float64Array(positives + negatives);
  let p = 0;
  let n = 0;
  let nn = 0;
  let nz = 0;
  for (let i = 0; i < returns.length; i++) {
    const r = returns[i]!;
    if (r > 0) {
      positive[p++] = r;
      nonNegative[nn++] = r;
      nonZero[nz++] = r;
    } else if (r < 0) {
      negative[n++] = r;
      nonZero[nz++] = r;
    } else {
      nonNegative[nn++] = r;
    }
  }
  return { positive, negative, nonNegative, nonZero };
});
