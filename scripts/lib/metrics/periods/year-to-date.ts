import { civilDate, utcMidnight } from "../helpers/calendar.ts";
import { compound } from "../helpers/compound.ts";
import { firstIndexSince } from "../helpers/since.ts";

/**
 * Year to date: the compounded return of the bars from midnight UTC on 1 January of the last
 * bar's year. A fraction. NaN without timestamps or bars.
 *
 * Convention: the "YTD" row of `qs.reports.metrics`, and agrees with it.
 *
 * Bars on 31 December (+5%), 2 January (+1%) and 3 January (+2%) give 0.0302.
 */
export function yearToDate(returns: Float64Array, timestamps: Float64Array | null): number {
  if (timestamps === null || timestamps.length === 0) return NaN;

  const { year } = civilDate(timestamps[timestamps.length - 1]!);
  const start = firstIndexSince(timestamps, utcMidnight(year, 1, 1));
  return compound(returns, start);
}
