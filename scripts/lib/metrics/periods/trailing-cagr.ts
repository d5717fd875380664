import { monthsBefore } from "../helpers/calendar.ts";
import { firstIndexSince } from "../helpers/since.ts";
import { cagr } from "../returns/cagr.ts";

/**
 * Annualised trailing return: the CAGR (see `cagr`) of the bars at or after the last bar's
 * timestamp minus `months` calendar months. A fraction per year. NaN without timestamps or bars.
 *
 * Convention: the "3Y (ann.)", "5Y (ann.)" and "10Y (ann.)" rows of `qs.reports.metrics`, which
 * look back 35, 59 and 119 months (the start is inclusive, so these windows span 36, 60 and 120
 * months of month-end bars), and agrees with them. A series shorter than the window gives the
 * CAGR of the whole series.
 */
export function trailingCagr(
  returns: Float64Array,
  timestamps: Float64Array | null,
  months: number,
  periodsPerYear: number,
): number {
  if (timestamps === null || timestamps.length === 0) return NaN;

  const last = timestamps[timestamps.length - 1]!;
  const start = firstIndexSince(timestamps, monthsBefore(last, months));
  return cagr(returns.subarray(start), periodsPerYear);
}
