/**
 * The p-quantile of ascending `sorted` values by linear interpolation between closest ranks
 * (Hyndman and Fan type 7, the default of numpy, pandas and R): the value at fractional rank
 * h = (n - 1)p, interpolated between the neighbours of h.
 *
 * Convention: the interpolation is written the way numpy writes it (from the lower neighbour
 * when the fraction is below one half, from the upper one otherwise), so that results agree
 * with `Series.quantile` to the last bit. NaN for an empty array.
 *
 * quantileSorted(new Float64Array([1, 2, 3, 4]), 0.5) // => 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const count = sorted.length;
  if (count === 0) return NaN;

  const rank = (count - 1) * p;
  if (rank >= count - 1) return sorted[count - 1]!;
  if (rank <= 0) return sorted[0]!;
  const below = Math.floor(rank);
  const fraction = rank - below;
  const lower = sorted[below]!;
  const upper = sorted[below + 1]!;
  const gap = upper - lower;
  return fraction >= 0.5 ? upper - gap * (1 - fraction) : lower + gap * fraction;
}
