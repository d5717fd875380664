/** Calendar units that returns are grouped by. Dates are read in UTC. */
export type CalendarUnit = "day" | "month" | "quarter" | "year";

const MS_PER_DAY = 86_400_000;
const keysCache = new WeakMap<Float64Array, Map<CalendarUnit, Float64Array>>();

/** A date in the proleptic Gregorian calendar; month 1 to 12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** The UTC calendar date of a day number (days since 1970-01-01), by Howard Hinnant's algorithm. */
export function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** The UTC calendar date of a timestamp in ms. */
export function civilDate(ms: number): CivilDate {
  return civilFromDays(Math.floor(ms / MS_PER_DAY));
}

/** Milliseconds since the epoch of midnight UTC on a calendar date. */
export function utcMidnight(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

/**
 * The timestamp `months` calendar months before `ms`, same time of day, the day of the month
 * clamped to the length of the target month (31 May minus 3 months is 28 or 29 February), as
 * `dateutil.relativedelta` does for QuantStats' 3M, 6M, 1Y, 3Y, 5Y and 10Y windows.
 */
export function monthsBefore(ms: number, months: number): number {
  const dayNumber = Math.floor(ms / MS_PER_DAY);
  const timeOfDay = ms - dayNumber * MS_PER_DAY;
  const { year, month, day } = civilFromDays(dayNumber);
  const monthIndex = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return utcMidnight(targetYear, targetMonth, Math.min(day, lastDay)) + timeOfDay;
}

/**
 * A consecutive integer number for the calendar period holding each timestamp: days since the
 * epoch, or year·12 + month, year·4 + quarter, or the year. Consecutive periods get consecutive
 * numbers, so ascending timestamps give non-decreasing keys. Cached per timestamp array and
 * unit; the result must not be modified.
 */
export function periodKeys(timestamps: Float64Array, unit: CalendarUnit): Float64Array {
  let byUnit = keysCache.get(timestamps);
  if (byUnit === undefined) {
    byUnit = new Map();
    keysCache.set(timestamps, byUnit);
  }
  const cached = byUnit.get(unit);
  if (cached !== undefined) return cached;

  const keys = new Float64Array(timestamps.length);
  let previousDay = NaN;
  let previousKey = NaN;
  for (let i = 0; i < timestamps.length; i++) {
    const dayNumber = Math.floor(timestamps[i]! / MS_PER_DAY);
    if (dayNumber !== previousDay) {
      previousDay = dayNumber;
      previousKey = keyOfDay(dayNumber, unit);
    }
    keys[i] = previousKey;
  }
  byUnit.set(unit, keys);
  return keys;
}

function keyOfDay(dayNumber: number, unit: CalendarUnit): number {
  if (unit === "day") return dayNumber;
  const { year, month } = civilFromDays(dayNumber);
  if (unit === "month") return year * 12 + (month - 1);
  if (unit === "quarter") return year * 4 + Math.floor((month - 1) / 3);
  return year;
}
