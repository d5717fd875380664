import { pairwiseSum } from "./pairwise-sum.ts";

/**
 * The correlation (Pearson) of each value with the next: numpy's
 * `corrcoef(v[:-1], v[1:])[0, 1]`, covariance over the product of deviations, clipped to
 * [−1, 1]. NaN when either side never moves.
 *
 * lagOneCorrelation(new Float64Array([1, 2, 3, 4])) // => 1
 */
export function lagOneCorrelation(values: Float64Array): number {
  const length = values.length - 1;
  const leading = values.subarray(0, length);
  const lagging = values.subarray(1);
  const leadingMean = pairwiseSum(leading) / length;
  const laggingMean = pairwiseSum(lagging) / length;
  let cross = 0;
  let leadingSquares = 0;
  let laggingSquares = 0;
  for (let i = 0; i < length; i++) {
    const a = leading[i]! - leadingMean;
    const b = lagging[i]! - laggingMean;
    cross += a * b;
    leadingSquares += a * a;
    laggingSquares += b * b;
  }
  const correlation = cross / Math.sqrt(leadingSquares) / Math.sqrt(laggingSquares);
  return Math.max(-1, Math.min(1, correlation));
}
