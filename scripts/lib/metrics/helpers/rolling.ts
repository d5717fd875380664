/** Rolling means and sample standard deviations over windows of `window` bars. */
export interface RollingMoments {
  means: Float64Array;
  deviations: Float64Array;
}

/**
 * The mean and sample standard deviation (n − 1) of each window of `window` consecutive values
 * ending at each index; NaN where fewer than `window` values are available. One pass: each value
 * is added to and later removed from running moments (Welford's update and its inverse), as
 * pandas' `rolling().mean()` and `rolling().std()` do; a window of identical values has a
 * deviation of exactly 0, as in pandas.
 */
export function rollingMoments(values: Float64Array, window: number): RollingMoments {
  const means = new Float64Array(values.length).fill(NaN);
  const deviations = new Float64Array(values.length).fill(NaN);
  let count = 0;
  let average = 0;
  let squaredDeviations = 0;
  let sameValueRun = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    sameValueRun = i > 0 && value === values[i - 1] ? sameValueRun + 1 : 1;
    count += 1;
    const delta = value - average;
    average += delta / count;
    squaredDeviations += delta * (value - average);
    if (i >= window) {
      const leaving = values[i - window]!;
      count -= 1;
      const leavingDelta = leaving - average;
      average -= leavingDelta / count;
      squaredDeviations -= leavingDelta * (leaving - average);
    }
    if (i + 1 < window) continue;
    means[i] = average;
    const constant = sameValueRun >= window;
    deviations[i] =
      window < 2 ? NaN : constant ? 0 : Math.sqrt(Math.max(0, squaredDeviations) / (window - 1));
  }
  return { means, deviations };
}
