import { toEpochMs, type DateParts } from "./calendar.ts";

/** Year first (ISO 8601 and its look-alikes): 2020-03-15, 2020/03/15, 2020-03-15T14:30:00+01:00. */
const YEAR_FIRST =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Year last (3/15/2004, 15.03.2004, 15-03-2004 14:30, 3/15/2004 4:00:00 PM). */
const YEAR_LAST =
  /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([AP]M)?)?$/i;

const DIGIT_0 = 48;
const DASH = 45;
const COLON = 58;
const SPACE = 32;
const LETTER_T = 84;

/** Milliseconds (UTC) for a year-first date or date-time, or NaN when it is not one. */
export function parseYearFirst(text: string): number {
  const fast = parsePlainIso(text);
  if (!Number.isNaN(fast)) return fast;

  const match = YEAR_FIRST.exec(text.trim());
  if (match === null) return Number.NaN;

  const [, year, , month, day, hour, minute, second, fraction, zone] = match;
  return toEpochMs({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    ...timeParts(hour, minute, second, fraction),
    offsetMinutes: zone === undefined ? 0 : offsetMinutes(zone),
  });
}

/**
 * "2020-03-15", "2020-03-15 14:30" or "2020-03-15T14:30:00" read digit by digit: most files
 * hold a million of these, and the regular expression takes several times as long. NaN for
 * anything else, which then goes through the regular expression.
 */
function parsePlainIso(text: string): number {
  const length = text.length;
  const hasTime = length === 16 || length === 19;
  if (length !== 10 && !hasTime) return Number.NaN;
  if (text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return Number.NaN;

  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (!hasTime) return toEpochMs({ year, month, day });

  const between = text.charCodeAt(10);
  if ((between !== SPACE && between !== LETTER_T) || text.charCodeAt(13) !== COLON) {
    return Number.NaN;
  }
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  if (length === 16) return toEpochMs({ year, month, day, hour, minute });
  if (text.charCodeAt(16) !== COLON) return Number.NaN;
  return toEpochMs({ year, month, day, hour, minute, second: digits(text, 17, 19) });
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** A year-last date split into its two leading numbers, whose order the data must decide. */
export interface YearLastMatch {
  first: number;
  second: number;
  separator: string;
  parts: Omit<DateParts, "month" | "day">;
}

export function matchYearLast(text: string): YearLastMatch | null {
  const match = YEAR_LAST.exec(text.trim());
  if (match === null) return null;

  const [, first, separator, second, year, hour, minute, second_, fraction, meridiem] = match;
  const time = timeParts(hour, minute, second_, fraction);
  if (meridiem !== undefined && time.hour !== undefined) {
    if (time.hour < 1 || time.hour > 12) return null;
    time.hour = (time.hour % 12) + (meridiem.toUpperCase() === "PM" ? 12 : 0);
  }
  return {
    first: Number(first),
    second: Number(second),
    separator: separator as string,
    parts: { year: Number(year), ...time },
  };
}

/** Milliseconds (UTC) for a year-last match read in the given order, or NaN. */
export function yearLastToMs(match: YearLastMatch, order: "month-day" | "day-month"): number {
  const monthFirst = order === "month-day";
  return toEpochMs({
    ...match.parts,
    month: monthFirst ? match.first : match.second,
    day: monthFirst ? match.second : match.first,
  });
}

export function timeParts(
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
): Omit<DateParts, "year" | "month" | "day"> {
  if (hour === undefined) return {};
  return {
    hour: Number(hour),
    minute: Number(minute),
    second: second === undefined ? 0 : Number(second),
    millisecond: fraction === undefined ? 0 : Number(`0.${fraction}`) * 1000,
  };
}

/** Minutes east of UTC for "Z", "UTC", "+05:30", "-0400" or "+01". */
export function offsetMinutes(zone: string): number {
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digitsOnly = zone.slice(1).replace(":", "");
  const hours = Number(digitsOnly.slice(0, 2));
  const minutes = digitsOnly.length > 2 ? Number(digitsOnly.slice(2)) : 0;
  return sign * (hours * 60 + minutes);
}

/** Whether text looks like some date at all; used to tell a header from data. */
export function looksLikeDate(text: string): boolean {
  const trimmed = text.trim();
  return YEAR_FIRST.test(trimmed) || YEAR_LAST.test(trimmed);
}
