import { pairwiseSum } from "../helpers/pairwise-sum.ts";
import { assertPaired } from "./covariance.ts";

/**
 * Correlation (Pearson) between the strategy's and the benchmark's returns, bar for bar. From −1
 * to 1. NaN when either series never moves.
 *
 * Convention: the "Correlation" row of `qs.reports.metrics` (pandas' `Series.corr`, whose
 * rescaling steps are followed here), and agrees with it.
 *
 * correlation(new Float64Array([0.02, -0.02, 0.01]), new Float64Array([0.01, -0.01, 0.005]))
 * // => 1
 */
export function correlation(returns: Float64Array, benchmark: Float64Array): number {
  assertPaired(returns, benchmark);
  const count = returns.length;
  if (count < 2) return NaN;

  const a = scaledDeviations(benchmark);
  const b = scaledDeviations(returns);
  if (a === null || b === null) return NaN;
  let cross = 0;
  let squaresA = 0;
  let squaresB = 0;
  for (let i = 0; i < count; i++) {
    cross += a[i]! * b[i]!;
    squaresA += a[i]! * a[i]!;
    squaresB += b[i]! * b[i]!;
  }
  const freedom = count - 1;
  const deviationA = Math.sqrt(squaresA / freedom);
  const deviationB = Math.sqrt(squaresB / freedom);
  if (deviationA === 0 || deviationB === 0) return NaN;
  return Math.max(-1, Math.min(1, cross / freedom / deviationA / deviationB));
}

/** Deviations from the mean divided by the largest of them; null when all are 0. */
function scaledDeviations(values: Float64Array): Float64Array | null {
  const average = pairwiseSum(values) / values.length;
  const deviations = new Float64Array(values.length);
  let scale = 0;
  for (let i = 0; i < values.length; i++) {
    deviations[i] = values[i]! - average;
    scale = Math.max(scale, Math.abs(deviations[i]!));
  }
  if (scale === 0) return null;
  for (let i = 0; i < values.length; i++) deviations[i] = deviations[i]! / scale;
  return deviations;
}
