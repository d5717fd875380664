/** An [x, y] pair as ECharts takes it. */
export type Point = [number, number];

/**
 * Cuts a line to at most about 2 × `buckets` points for drawing. The bars are split into
 * `buckets` runs of equal length and each run keeps its lowest and its highest point, in time
 * order, so every peak and trough survives: the deepest drawdown is drawn at its true depth.
 * The first and last points are always kept. A chart 720 px wide gets 2 points per pixel
 * column, which looks the same as all of them. Values that are not finite (NaN while a
 * rolling window fills, ±Infinity for a window without a loss) are left out, and the line
 * joins the points either side rather than shooting off the chart.
 */
export function reducePoints(xs: ArrayLike<number>, ys: ArrayLike<number>, buckets: number) {
  const points: Point[] = [];
  const length = ys.length;
  const add = (i: number) => {
    const y = ys[i] ?? NaN;
    if (Number.isFinite(y)) points.push([xs[i] ?? i, y]);
  };
  if (length <= buckets * 2) {
    for (let i = 0; i < length; i++) add(i);
    return points;
  }

  const size = length / buckets;
  add(0);
  for (let bucket = 0; bucket < buckets; bucket++) {
    const from = Math.max(1, Math.floor(bucket * size));
    const to = Math.min(length - 1, Math.floor((bucket + 1) * size));
    let low = -1;
    let high = -1;
    for (let i = from; i < to; i++) {
      const y = ys[i] ?? NaN;
      if (!Number.isFinite(y)) continue;
      if (low < 0 || y < (ys[low] ?? 0)) low = i;
      if (high < 0 || y > (ys[high] ?? 0)) high = i;
    }
    if (low < 0) continue;
    add(Math.min(low, high));
    if (high !== low) add(Math.max(low, high));
  }
  add(length - 1);
  return points;
}
