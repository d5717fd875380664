/**
 * Picks at most `maxPoints` indices of `values` that keep a curve's shape for plotting: the
 * first and last points, and within each of (maxPoints − 2) / 2 equal buckets of bars, the
 * lowest and the highest value. Every bucket keeps its extremes, so the curve's overall
 * minimum and maximum always survive (a maximum drawdown is never smoothed away).
 * NaN values are never picked. Returns increasing indices.
 */
export function extremaPreservingIndices(values: Float64Array, maxPoints: number): number[] {
  const n = values.length;
  if (n <= maxPoints) return indicesOfNumbers(values, 0, n);

  const inner = n - 2;
  const buckets = Math.max(1, Math.floor((maxPoints - 2) / 2));
  const picked: number[] = [];
  if (!Number.isNaN(values[0]!)) picked.push(0);

  for (let bucket = 0; bucket < buckets; bucket += 1) {
    const from = 1 + Math.floor((bucket * inner) / buckets);
    const to = 1 + Math.floor(((bucket + 1) * inner) / buckets);
    let low = -1;
    let high = -1;
    for (let i = from; i < to; i += 1) {
      const value = values[i]!;
      if (Number.isNaN(value)) continue;
      if (low < 0 || value < values[low]!) low = i;
      if (high < 0 || value > values[high]!) high = i;
    }
    if (low >= 0 && high >= 0) {
      picked.push(Math.min(low, high));
      if (high !== low) picked.push(Math.max(low, high));
    }
  }

  if (!Number.isNaN(values[n - 1]!)) picked.push(n - 1);
  return picked;
}

function indicesOfNumbers(values: Float64Array, from: number, to: number): number[] {
  const indices: number[] = [];
  for (let i = from; i < to; i += 1) if (!Number.isNaN(values[i]!)) indices.push(i);
  return indices;
}
