import { kthSmallest } from "./order-statistic.ts";

/**
 * The median of `values` (mean of the two middle values for an even count), found by
 * selection on a copy in linear expected time. NaN for an empty array.
 *
 * median([3, 1, 2, 10]) // => 2.5
 */
export function median(values: ArrayLike<number>): number {
  const count = values.length;
  if (count === 0) return NaN;

  const work = Float64Array.from(values);
  const upper = kthSmallest(work, count >> 1);
  if (count % 2 === 1) return upper;
  let lower = -Infinity;
  for (let i = 0; i < count >> 1; i++) if (work[i]! > lower) lower = work[i]!;
  return (lower + upper) / 2;
}
