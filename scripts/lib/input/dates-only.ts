import { MS_PER_DAY, formatTime } from "./calendar.ts";
import type { ReturnSeries } from "./types.ts";

/**
 * A series of dates (every bar at midnight) and a benchmark of daily closes stamped with a time
 * (16:00 every day, say) describe the same days but share no timestamp. When one side is all
 * dates and the other has one time of day throughout, that side's times are dropped so the two
 * line up by date; `note` says so. Anything else is returned as it is.
 */
export function lineUpDatesWithTimes<T extends ReturnSeries>(
  series: T,
  benchmark: T,
  files: { returns: string; benchmark: string },
): { series: T; benchmark: T; note: string | undefined } {
  const unchanged = { series, benchmark, note: undefined };
  if (series.timestamps === null || benchmark.timestamps === null) return unchanged;

  const seriesTime = onlyTimeOfDay(series.timestamps);
  const benchmarkTime = onlyTimeOfDay(benchmark.timestamps);
  if (seriesTime === undefined || benchmarkTime === undefined) return unchanged;
  if ((seriesTime === 0) === (benchmarkTime === 0)) return unchanged;

  const [timed, file, time] =
    seriesTime === 0
      ? (["benchmark", files.benchmark, benchmarkTime] as const)
      : (["series", files.returns, seriesTime] as const);
  const source = timed === "benchmark" ? benchmark : series;
  const dated = { ...source, timestamps: source.timestamps!.map((t) => t - time) };
  const clock = formatTime(time).slice(11, 16);
  const note =
    `${file} stamps every row at ${clock} UTC and the other file has dates only, so the two ` +
    "were lined up by date.";
  return timed === "benchmark"
    ? { series, benchmark: dated, note }
    : { series: dated, benchmark, note };
}

/** The time of day (ms after midnight UTC) shared by every timestamp, or undefined. */
function onlyTimeOfDay(timestamps: Float64Array): number | undefined {
  if (timestamps.length === 0) return undefined;
  const first = mod(timestamps[0]!, MS_PER_DAY);
  for (const t of timestamps) if (mod(t, MS_PER_DAY) !== first) return undefined;
  return first;
}

function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}
