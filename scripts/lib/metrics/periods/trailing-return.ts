import { monthsBefore } from "../helpers/calendar.ts";
import { compound } from "../helpers/compound.ts";
import { firstIndexSince } from "../helpers/since.ts";

/**
 * Trailing return over the last `months` calendar months: the compounded return of the bars at
 * or after the last bar's timestamp minus that many months (the day clamped to the month's
 * length). Because the start is inclusive, a 3-month window of month-end bars holds four bars.
 * A fraction, not annualised. NaN without timestamps or bars.
 *
 * Convention: the "3M", "6M" and "1Y" rows of `qs.reports.metrics` (relativedelta months),
 * and agrees with them.
 *
 * Month-end bars of +1% from 31 January to 31 May: the 3-month window starts on 28 February
 * and holds February to May, 1.01⁴ − 1 = 0.04060401.
 */
export function trailingReturn(
  returns: Float64Array,
  timestamps: Float64Array | null,
  months: number,
): number {
  if (timestamps === null || timestamps.length === 0) return NaN;

  const last = timestamps[timestamps.length - 1]!;
  return compound(returns, firstIndexSince(timestamps, monthsBefore(last, months)));
}
