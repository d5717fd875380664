/** The parts of a date and time as written, before they become milliseconds since the epoch. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Milliseconds, possibly fractional when the text gave microseconds. */
  millisecond?: number;
  /** The offset from UTC written in the text, in minutes; wall time without one is UTC. */
  offsetMinutes?: number;
}

export const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/**
 * Milliseconds since the epoch (UTC) for `parts`, or NaN when they name no real time (month
 * 13, February 30, hour 25). A time written with an offset is converted to UTC: 09:30-05:00
 * becomes 14:30 UTC.
 */
export function toEpochMs(parts: DateParts): number {
  return epochMs(
    parts.year,
    parts.month,
    parts.day,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
    parts.millisecond ?? 0,
    parts.offsetMinutes ?? 0,
  );
}

/**
 * `toEpochMs` with the parts as plain numbers: the form the readers of a million dates call,
 * because objects of varying shape make V8's property access slow (several times slower).
 */
export function epochMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
  offsetMinutes: number,
): number {
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59 &&
    Math.abs(offsetMinutes) <= 18 * 60;
  if (!valid) return Number.NaN;

  const wallTime =
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    millisecond;
  return wallTime - offsetMinutes * MS_PER_MINUTE;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days from 1970-01-01 to the given proleptic Gregorian date, exact for every year
 * (Howard Hinnant's `days_from_civil`); `Date.UTC` would read years below 100 as 19xx.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** "2020-03-15" for a midnight, "2020-03-15T14:30:00Z" otherwise: how messages show a time. */
export function formatTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (iso.endsWith("T00:00:00.000Z")) return iso.slice(0, 10);
  return iso.endsWith(".000Z") ? `${iso.slice(0, 19)}Z` : iso;
}
