import { InputError } from "../errors.ts";
import { formatTime } from "./calendar.ts";
import type { ReturnSeries } from "./types.ts";

/** The files behind the two series, as messages name them. */
export interface OverlapFiles {
  returns: string;
  benchmark: string;
}

/**
 * Refuses a benchmark that shares fewer than two timestamps with the series: metrics against
 * it (beta, alpha, correlation) would rest on nothing. Series without dates line up by
 * position, so they share as many bars as the shorter has. Returns the shared count.
 */
export function assertOverlap(
  series: ReturnSeries,
  benchmark: ReturnSeries,
  files: OverlapFiles,
): number {
  const pair = `${files.returns} (--returns) and ${files.benchmark} (--benchmark)`;
  if ((series.timestamps === null) !== (benchmark.timestamps === null)) {
    const undated = series.timestamps === null ? files.returns : files.benchmark;
    throw new InputError(
      `${pair} cannot be lined up: ${undated} has no dates and the other has.`,
      "Give both files a date column, or neither (then they line up row by row).",
    );
  }

  const shared =
    series.timestamps === null || benchmark.timestamps === null
      ? Math.min(series.returns.length, benchmark.returns.length)
      : countShared(series.timestamps, benchmark.timestamps);
  if (shared >= 2) return shared;

  throw new InputError(
    `${pair} share ${shared} timestamp(s); at least two are needed. ` +
      spans(series, benchmark, files),
    "Pass a benchmark that covers the same dates (and the same time of day) as the returns.",
  );
}

/** Timestamps present in both (each list strictly increasing). */
function countShared(a: Float64Array, b: Float64Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) shared += 1;
    if (x <= y) i += 1;
    if (y <= x) j += 1;
  }
  return shared;
}

function spans(series: ReturnSeries, benchmark: ReturnSeries, files: OverlapFiles): string {
  const span = (timestamps: Float64Array | null) => {
    if (timestamps === null || timestamps.length === 0) return "no dates";
    const last = timestamps[timestamps.length - 1] as number;
    return `${formatTime(timestamps[0] as number)} to ${formatTime(last)}`;
  };
  return (
    `${files.returns} runs ${span(series.timestamps)}; ` +
    `${files.benchmark} runs ${span(benchmark.timestamps)}.`
  );
}
