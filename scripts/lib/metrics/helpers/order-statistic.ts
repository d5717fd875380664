/**
 * Rearranges `work` in place so that work[k] holds the k-th smallest value (0-based), with no
 * larger value before it and no smaller one after it, and returns that value. Hoare's
 * quickselect with a median-of-three pivot: linear time on average, and the array stays a
 * permutation of its values, so it can be selected in again.
 */
export function kthSmallest(work: Float64Array, k: number): number {
  let left = 0;
  let right = work.length - 1;
  while (left < right) {
    const pivot = medianOfThree(work[left]!, work[(left + right) >>> 1]!, work[right]!);
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

/** The smallest of work[from..]; call after kthSmallest(work, from − 1) for the next rank. */
export function smallestFrom(work: Float64Array, from: number): number {
  let smallest = Infinity;
  for (let i = from; i < work.length; i++) if (work[i]! < smallest) smallest = work[i]!;
  return smallest;
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
