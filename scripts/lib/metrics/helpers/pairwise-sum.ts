/** Below this many values numpy adds one by one; up to the block size, with 8 accumulators. */
const UNROLL = 8;
const BLOCK_SIZE = 128;

/**
 * The sum of `values[start..end)`, added in the order numpy's `np.add.reduce` uses for a
 * contiguous float64 array (pairwise summation: blocks of at most 128 values, eight running
 * accumulators inside a block, halves split on multiples of eight).
 *
 * Convention: bit-for-bit the sum pandas and numpy return, so that sums whose rounding decides
 * a result (the mean of a constant series, a deviation that should be zero) agree exactly with
 * QuantStats. The error grows like O(log n) instead of O(n) for a plain loop.
 *
 * pairwiseSum(new Float64Array([0.1, 0.2, 0.3])) // => 0.6000000000000001
 */
export function pairwiseSum(
  values: ArrayLike<number>,
  start = 0,
  end: number = values.length,
): number {
  const count = end - start;
  if (count < UNROLL) {
    let total = 0;
    for (let i = start; i < end; i++) total += values[i]!;
    return total;
  }
  if (count <= BLOCK_SIZE) return blockSum(values, start, count);

  let half = Math.floor(count / 2);
  half -= half % UNROLL;
  return pairwiseSum(values, start, start + half) + pairwiseSum(values, start + half, end);
}

function blockSum(values: ArrayLike<number>, start: number, count: number): number {
  let r0 = values[start]!;
  let r1 = values[start + 1]!;
  let r2 = values[start + 2]!;
  let r3 = values[start + 3]!;
  let r4 = values[start + 4]!;
  let r5 = values[start + 5]!;
  let r6 = values[start + 6]!;
  let r7 = values[start + 7]!;
  const unrolledEnd = start + count - (count % UNROLL);
  let i = start + UNROLL;
  for (; i < unrolledEnd; i += UNROLL) {
    r0 += values[i]!;
    r1 += values[i + 1]!;
    r2 += values[i + 2]!;
    r3 += values[i + 3]!;
    r4 += values[i + 4]!;
    r5 += values[i + 5]!;
    r6 += values[i + 6]!;
    r7 += values[i + 7]!;
  }

  let total = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
  for (; i < start + count; i++) total += values[i]!;
  return total;
}
