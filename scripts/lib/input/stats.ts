/** The median of `values` (NaN when empty), by selection on a copy: linear time, no sort. */
export function median(values: ArrayLike<number>): number {
  const count = values.length;
  if (count === 0) return Number.NaN;
  const copy = Float64Array.from(values);
  const middle = count >> 1;
  const upper = select(copy, middle);
  if (count % 2 === 1) return upper;

  // After selecting `middle`, everything left of it is no larger: the lower middle is its max.
  let lower = -Infinity;
  for (let i = 0; i < middle; i += 1) if ((copy[i] as number) > lower) lower = copy[i] as number;
  return (lower + upper) / 2;
}

/** Hoare's quickselect: puts the k-th smallest at index k, smaller ones left, and returns it. */
function select(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    const pivot = medianOfThree(values, left, right);
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k] as number;
}

function medianOfThree(values: Float64Array, left: number, right: number): number {
  const a = values[left] as number;
  const b = values[(left + right) >> 1] as number;
  const c = values[right] as number;
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

/** "0.71%" with three significant digits, for reasons and messages. */
export function percentText(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}
