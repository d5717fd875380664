import { InputError } from "../errors.ts";
import type { ReturnSeries } from "../input/types.ts";

/** Two series on the same bars, and how many rows of each did not keep a row of their own. */
export interface AlignedSeries {
  series: ReturnSeries;
  benchmark: ReturnSeries;
  /** Rows of the series without a row of their own in the result (outside or merged). */
  droppedFromSeries: number;
  /** Rows of the benchmark without a row of their own in the result (outside or merged). */
  droppedFromBenchmark: number;
  /** Of those, the rows between common timestamps, compounded into the next common row. */
  mergedFromSeries: number;
  mergedFromBenchmark: number;
}

/**
 * The strategy and benchmark returns on the timestamps both have, and nothing else:
 * - rows before the first common timestamp and after the last one are dropped;
 * - between two common timestamps, a row only one side has is compounded into that side's next
 *   common row, so each aligned return covers the same interval on both sides (from the
 *   previous common timestamp to this one) and no return is lost from the totals;
 * - nothing is filled backwards or taken from a later bar: the return at a common timestamp
 *   only uses bars up to it.
 * Without timestamps on either side the series are paired bar for bar when they have the same
 * length.
 *
 * Departure from QuantStats, which reindexes the benchmark's prices onto the strategy's dates
 * with a backward fill (a strategy date missing from the benchmark gets the next available
 * benchmark price, a look-ahead) and then drops leading rows where either side is 0.
 *
 * Throws InputError when the two cannot be aligned (no common timestamp, or timestamps missing).
 */
export function alignOnCommonTimestamps(
  series: ReturnSeries,
  benchmark: ReturnSeries,
): AlignedSeries {
  if (series.timestamps === null || benchmark.timestamps === null) {
    return alignByPosition(series, benchmark);
  }

  const a = series.timestamps;
  const b = benchmark.timestamps;
  const timestamps: number[] = [];
  const seriesReturns: number[] = [];
  const benchmarkReturns: number[] = [];
  let i = 0;
  let j = 0;
  // Growth of the rows merged since the last common timestamp; null when there are none, so
  // that an unmerged return is copied exactly instead of going through (1 + r) − 1.
  let seriesGrowth: number | null = null;
  let benchmarkGrowth: number | null = null;
  let started = false;
  let mergedFromSeries = 0;
  let mergedFromBenchmark = 0;
  let pendingSeries = 0;
  let pendingBenchmark = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) {
      if (started) {
        seriesGrowth = (seriesGrowth ?? 1) * (1 + series.returns[i]!);
        pendingSeries++;
      }
      i++;
    } else if (a[i]! > b[j]!) {
      if (started) {
        benchmarkGrowth = (benchmarkGrowth ?? 1) * (1 + benchmark.returns[j]!);
        pendingBenchmark++;
      }
      j++;
    } else {
      timestamps.push(a[i]!);
      seriesReturns.push(withMerged(seriesGrowth, series.returns[i]!));
      benchmarkReturns.push(withMerged(benchmarkGrowth, benchmark.returns[j]!));
      seriesGrowth = null;
      benchmarkGrowth = null;
      mergedFromSeries += pendingSeries;
      mergedFromBenchmark += pendingBenchmark;
      pendingSeries = 0;
      pendingBenchmark = 0;
      started = true;
      i++;
      j++;
    }
  }
  if (timestamps.length === 0) {
    throw new InputError(
      "The returns and the benchmark have no timestamp in common, so they cannot be compared.",
      "Check that both files cover the same period at the same bar times (dates in UTC).",
    );
  }

  const common = Float64Array.from(timestamps);
  return {
    series: { timestamps: common, returns: Float64Array.from(seriesReturns) },
    benchmark: {
      timestamps: Float64Array.from(common),
      returns: Float64Array.from(benchmarkReturns),
    },
    droppedFromSeries: a.length - common.length,
    droppedFromBenchmark: b.length - common.length,
    mergedFromSeries,
    mergedFromBenchmark,
  };
}

/** The return r compounded onto the growth of the merged rows before it, if any. */
function withMerged(growth: number | null, r: number): number {
  return growth === null ? r : growth * (1 + r) - 1;
}

function alignByPosition(series: ReturnSeries, benchmark: ReturnSeries): AlignedSeries {
  if (series.timestamps !== null || benchmark.timestamps !== null) {
    throw new InputError(
      "Only one of the returns and the benchmark has dates, so they cannot be aligned.",
      "Give both a date column, or neither (then they are paired bar for bar).",
    );
  }
  if (series.returns.length !== benchmark.returns.length) {
    throw new InputError(
      `The returns (${series.returns.length} rows) and the benchmark ` +
        `(${benchmark.returns.length} rows) have no dates and different lengths, so they ` +
        "cannot be paired bar for bar.",
      "Give both a date column so they can be aligned on common dates.",
    );
  }
  return {
    series,
    benchmark,
    droppedFromSeries: 0,
    droppedFromBenchmark: 0,
    mergedFromSeries: 0,
    mergedFromBenchmark: 0,
  };
}
