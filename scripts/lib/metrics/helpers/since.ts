/** Index of the first of the ascending `timestamps` at or after `threshold` (length if none). */
export function firstIndexSince(timestamps: Float64Array, threshold: number): number {
  let low = 0;
  let high = timestamps.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (timestamps[middle]! < threshold) low = middle + 1;
    else high = middle;
  }
  return low;
}
