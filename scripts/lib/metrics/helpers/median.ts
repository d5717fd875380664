/**
 * The median of `values` (mean of the two middle values for an even count), found by
 * quickselect on a copy in linear expected time. NaN for an empty array.
 *
 * median(new Float64Array([3, 1, 2, 10])) // => 2.5
 */
export function median(values: ArrayLike<number>): number {
  const count = values.length;
  if (count === 0) return NaN;

  const work = Float64Array.from(values);
  const upper = select(work, count >> 1);
  if (count % 2 === 1) return upper;
  let lower = -Infinity;
  for (let i = 0; i < count >> 1; i++) if (work[i]! > lower) lower = work[i]!;
  return (lower + upper) / 2;
}

/** Rearranges `work` so that work[k] is the k-th smallest value, smaller ones before it. */
function select(work: Float64Array, k: number): number {
  let left = 0;
  let right = work.length - 1;
  while (left < right) {
    const pivot = work[(left + right) >>> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (work[i]! < pivot) i++;
      while (work[j]! > pivot) j--;
      if (i <= j) {
        const swap = work[i]!;
        work[i] = work[j]!;
        work[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return work[k]!;
}
