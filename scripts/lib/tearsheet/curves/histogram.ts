/** Equal-width bins over a shared range, so two series' histograms line up bar for bar. */
export interface Histogram {
  /** Left edge of each bin, then the right edge of the last: bins + 1 values. */
  edges: number[];
  /** Share of each series' bars in each bin (fractions summing to 1 per series). */
  shares: number[][];
  /** Bars beyond the range, counted in the first or last bin. */
  clipped: number;
}

const BINS = 40;
const TAIL = 0.001;

/**
 * Bins returns between the 0.1% and 99.9% quantiles of all series pooled: the body of the
 * distribution stays readable although a crash day may be thirty deviations out. What falls
 * outside is counted in the edge bins and reported in `clipped`, not dropped.
 */
export function histogram(series: Float64Array[]): Histogram {
  const pooled = Float64Array.from(series.flatMap((values) => Array.from(values))).sort();
  if (pooled.length === 0) return { edges: [], shares: series.map(() => []), clipped: 0 };

  let low = quantile(pooled, TAIL);
  let high = quantile(pooled, 1 - TAIL);
  if (!(high > low)) {
    low -= 0.005;
    high += 0.005;
  }
  const width = (high - low) / BINS;
  const edges = Array.from({ length: BINS + 1 }, (_, i) => low + i * width);

  let clipped = 0;
  const shares = series.map((values) => {
    const counts = new Array<number>(BINS).fill(0);
    for (const value of values) {
      if (value < low || value > high) clipped++;
      const bin = Math.min(BINS - 1, Math.max(0, Math.floor((value - low) / width)));
      counts[bin] = (counts[bin] ?? 0) + 1;
    }
    return counts.map((count) => count / values.length);
  });
  return { edges, shares, clipped };
}

// Linear interpolation between order statistics (numpy's default) on sorted values.
function quantile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below] ?? 0;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (position - below);
}
