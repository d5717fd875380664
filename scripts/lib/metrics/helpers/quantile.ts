import { memoize } from "./memoize.ts";
import { kthSmallest, smallestFrom } from "./order-statistic.ts";

/** A copy of the values to select in, made once per input array (selection reorders it). */
const workingCopy = memoize((values: Float64Array) => Float64Array.from(values));

/**
 * The p-quantile of `values` by linear interpolation between closest ranks (Hyndman and Fan
 * type 7, the default of numpy, pandas and R): the value at fractional rank h = (n − 1)p in
 * ascending order, interpolated between the neighbours of h.
 *
 * Convention: the interpolation is written the way numpy writes it (from the lower neighbour
 * when the fraction is below one half, from the upper one otherwise), so results agree with
 * `Series.quantile` to the last bit. The two neighbours are found by selection, not by sorting
 * (as numpy does with `partition`), in linear time. NaN for an empty array.
 *
 * quantile(new Float64Array([4, 1, 3, 2]), 0.5) // => 2.5
 */
export function quantile(values: Float64Array, p: number): number {
  const count = values.length;
  if (count === 0) return NaN;

  const work = workingCopy(values);
  const rank = (count - 1) * p;
  if (rank >= count - 1) return kthSmallest(work, count - 1);
  if (rank <= 0) return kthSmallest(work, 0);
  const below = Math.floor(rank);
  const fraction = rank - below;
  const lower = kthSmallest(work, below);
  const upper = smallestFrom(work, below + 1);
  const gap = upper - lower;
  return fraction >= 0.5 ? upper - gap * (1 - fraction) : lower + gap * fraction;
}
