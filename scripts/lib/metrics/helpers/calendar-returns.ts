import { type CalendarUnit, periodKeys } from "./calendar.ts";
import { compound } from "./compound.ts";

const cache = new WeakMap<
  Float64Array,
  { timestamps: Float64Array; byUnit: Map<CalendarUnit, Float64Array> }
>();

/**
 * The compounded return of each calendar period (UTC day, month, quarter or year) that holds at
 * least one bar, oldest first: Π(1 + r) − 1 over the bars of the period.
 *
 * Convention: QuantStats' `utils.aggregate_returns(returns, "ME" | "QE" | "YE")`, a groupby on
 * (year, month), (year, quarter) or year; periods without bars do not appear. Timestamps must be
 * ascending (they are, in a ReturnSeries), so each period is one run of bars. Cached per return
 * array and unit; the result must not be modified.
 */
export function calendarReturns(
  returns: Float64Array,
  timestamps: Float64Array,
  unit: CalendarUnit,
): Float64Array {
  let entry = cache.get(returns);
  if (entry === undefined || entry.timestamps !== timestamps) {
    entry = { timestamps, byUnit: new Map() };
    cache.set(returns, entry);
  }
  const byUnit = entry.byUnit;
  const cached = byUnit.get(unit);
  if (cached !== undefined) return cached;

  const keys = periodKeys(timestamps, unit);
  const grouped: number[] = [];
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i === keys.length || keys[i] !== keys[start]) {
      grouped.push(compound(returns, start, i));
      start = i;
    }
  }
  const result = Float64Array.from(grouped);
  byUnit.set(unit, result);
  return result;
}

/**
 * The sum of the returns in every calendar period from the first bar's to the last bar's,
 * including periods without bars (sum 0), each sum added with Kahan compensation.
 *
 * Convention: pandas' `resample("D" | "ME").sum()`, which QuantStats' `gain_to_pain_ratio` uses;
 * pandas adds within a bin with the same compensated summation.
 */
export function calendarSums(
  returns: Float64Array,
  timestamps: Float64Array,
  unit: CalendarUnit,
): Float64Array {
  if (returns.length === 0) return new Float64Array(0);

  const keys = periodKeys(timestamps, unit);
  const first = keys[0]!;
  const sums = new Float64Array(keys[keys.length - 1]! - first + 1);
  const compensation = new Float64Array(sums.length);
  for (let i = 0; i < returns.length; i++) {
    const bin = keys[i]! - first;
    const corrected = returns[i]! - compensation[bin]!;
    const total = sums[bin]! + corrected;
    compensation[bin] = total - sums[bin]! - corrected;
    sums[bin] = total;
  }
  return sums;
}
