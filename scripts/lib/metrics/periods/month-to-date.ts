import { civilDate, utcMidnight } from "../helpers/calendar.ts";
import { compound } from "../helpers/compound.ts";
import { firstIndexSince } from "../helpers/since.ts";

/**
 * Month to date: the compounded return of the bars from midnight UTC on the first day of the
 * last bar's month. A fraction. NaN without timestamps or bars.
 *
 * Convention: the "MTD" row of `qs.reports.metrics`, and agrees with it.
 *
 * Bars on 30 April (+1%), 2 May (+1%) and 3 May (+2%) give 1.01 × 1.02 − 1 = 0.0302.
 */
export function monthToDate(returns: Float64Array, timestamps: Float64Array | null): number {
  if (timestamps === null || timestamps.length === 0) return NaN;

  const { year, month } = civilDate(timestamps[timestamps.length - 1]!);
  const start = firstIndexSince(timestamps, utcMidnight(year, month, 1));
  return compound(returns, start);
}
