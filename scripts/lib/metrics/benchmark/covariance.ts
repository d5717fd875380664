import { pairwiseSum } from "../helpers/pairwise-sum.ts";

/** Sums of cross products and squares of deviations from the means of two paired series. */
export interface Comoments {
  count: number;
  meanX: number;
  meanY: number;
  /** Σ (x − x̄)(y − ȳ) */
  crossDeviations: number;
  /** Σ (x − x̄)² */
  squaredDeviationsX: number;
  /** Σ (y − ȳ)² */
  squaredDeviationsY: number;
}

/**
 * The means and the sums of products of deviations of two series of equal length, the common
 * ground of beta, correlation and R² (numpy's `cov` with means by pairwise sums).
 */
export function comoments(x: Float64Array, y: Float64Array): Comoments {
  const count = x.length;
  const meanX = pairwiseSum(x) / count;
  const meanY = pairwiseSum(y) / count;
  let crossDeviations = 0;
  let squaredDeviationsX = 0;
  let squaredDeviationsY = 0;
  for (let i = 0; i < count; i++) {
    const dx = x[i]! - meanX;
    const dy = y[i]! - meanY;
    crossDeviations += dx * dy;
    squaredDeviationsX += dx * dx;
    squaredDeviationsY += dy * dy;
  }
  return { count, meanX, meanY, crossDeviations, squaredDeviationsX, squaredDeviationsY };
}

/** Throws unless the strategy and benchmark returns are paired bar for bar. */
export function assertPaired(returns: Float64Array, benchmark: Float64Array): void {
  if (returns.length !== benchmark.length) {
    throw new RangeError(
      `Benchmark statistics need returns and benchmark of equal length (got ${returns.length} ` +
        `and ${benchmark.length}); align them first with alignOnCommonTimestamps().`,
    );
  }
}
