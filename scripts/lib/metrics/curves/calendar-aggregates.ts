import { civilDate, periodKeys, utcMidnight } from "../helpers/calendar.ts";
import { calendarReturns } from "../helpers/calendar-returns.ts";
import type { ReturnSeries } from "../types.ts";

/** Compounded returns per calendar period, with the UTC start of each period. */
export interface CalendarAggregate {
  /** Midnight UTC on the first day of each period (ms), oldest first. */
  starts: Float64Array;
  /** Π(1 + r) − 1 over the bars of each period. */
  returns: Float64Array;
}

/**
 * The compounded return of each UTC calendar month or year that holds bars, for the monthly
 * heatmap and the yearly bars of a tearsheet: QuantStats' `aggregate_returns(returns, "ME")`
 * and `"YE"`. Empty without timestamps.
 */
export function calendarAggregates(
  series: ReturnSeries,
  unit: "month" | "year",
): CalendarAggregate {
  const { returns, timestamps } = series;
  if (timestamps === null) return { starts: new Float64Array(0), returns: new Float64Array(0) };

  const aggregated = calendarReturns(returns, timestamps, unit);
  const keys = periodKeys(timestamps, unit);
  const starts = new Float64Array(aggregated.length);
  let period = -1;
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && keys[i] === keys[i - 1]) continue;
    const { year, month } = civilDate(timestamps[i]!);
    starts[++period] = utcMidnight(year, unit === "month" ? month : 1, 1);
  }
  return { starts, returns: aggregated };
}
