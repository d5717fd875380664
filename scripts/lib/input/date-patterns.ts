import { epochMs } from "./calendar.ts";

/**
 * A time after a date: T or spaces, H:MM, then optional :SS and a fraction of a second. Its
 * optional group is left open: each pattern closes it (the year-last one after AM/PM).
 */
const TIME = String.raw`(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?`;

/** Year first (ISO 8601 and look-alikes): 2020-03-15, 2020/03/15, 2020-03-15T14:30:00+01:00. */
const YEAR_FIRST = new RegExp(
  String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME})?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$`,
  "i",
);

/** Year last (3/15/2004, 15.03.2004, 15-03-2004 14:30, 3/15/2004 4:00:00 PM). */
const YEAR_LAST = new RegExp(
  String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}\s*([AP]M)?)?$`,
  "i",
);

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
  return epochMs(
    Number(year),
    Number(month),
    Number(day),
    hour === undefined ? 0 : Number(hour),
    minute === undefined ? 0 : Number(minute),
    second === undefined ? 0 : Number(second),
    fractionMs(fraction),
    zone === undefined ? 0 : offsetMinutes(zone),
  );
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
  if (!hasTime) return epochMs(year, month, day, 0, 0, 0, 0, 0);

  const between = text.charCodeAt(10);
  if ((between !== SPACE && between !== LETTER_T) || text.charCodeAt(13) !== COLON) {
    return Number.NaN;
  }
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  if (length === 16) return epochMs(year, month, day, hour, minute, 0, 0, 0);
  if (text.charCodeAt(16) !== COLON) return Number.NaN;
  return epochMs(year, month, day, hour, minute, digits(text, 17, 19), 0, 0);
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
  year: number;
  hour: number;
  minute: number;
  seconds: number;
  millisecond: number;
}

export function matchYearLast(text: string): YearLastMatch | null {
  const match = YEAR_LAST.exec(text.trim());
  if (match === null) return null;

  const [, first, separator, second, year, hour, minute, seconds, fraction, meridiem] = match;
  let hours = hour === undefined ? 0 : Number(hour);
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem.toUpperCase() === "PM" ? 12 : 0);
  }
  return {
    first: Number(first),
    second: Number(second),
    separator: separator as string,
    year: Number(year),
    hour: hours,
    minute: minute === undefined ? 0 : Number(minute),
    seconds: seconds === undefined ? 0 : Number(seconds),
    millisecond: fractionMs(fraction),
  };
}

/**
 * Milliseconds (UTC) for a year-last date or date-time read in the given order, or NaN. The
 * usual "3/15/2004" and "3/15/2004 16:00[:00]" are read digit by digit; the rest (AM/PM,
 * fractions of a second, odd spacing) by the regular expression.
 */
export function parseYearLast(text: string, order: "month-day" | "day-month"): number {
  const fast = parsePlainYearLast(text, order);
  if (!Number.isNaN(fast)) return fast;
  const match = matchYearLast(text);
  return match === null ? Number.NaN : yearLastToMs(match, order);
}

function parsePlainYearLast(text: string, order: "month-day" | "day-month"): number {
  const firstEnd = digitsEnd(text, 0);
  const separator = text.charCodeAt(firstEnd);
  const secondEnd = digitsEnd(text, firstEnd + 1);
  const yearEnd = secondEnd + 5;
  const shapeOk =
    firstEnd >= 1 &&
    firstEnd <= 2 &&
    secondEnd - firstEnd >= 2 &&
    secondEnd - firstEnd <= 3 &&
    text.charCodeAt(secondEnd) === separator &&
    digitsEnd(text, secondEnd + 1) === yearEnd;
  if (!shapeOk) return Number.NaN;

  const first = digits(text, 0, firstEnd);
  const second = digits(text, firstEnd + 1, secondEnd);
  const year = digits(text, secondEnd + 1, yearEnd);
  const month = order === "month-day" ? first : second;
  const day = order === "month-day" ? second : first;
  if (yearEnd === text.length) return epochMs(year, month, day, 0, 0, 0, 0, 0);

  // " 16:00" or " 16:00:00" after the date; anything else goes to the regular expression.
  const hourEnd = digitsEnd(text, yearEnd + 1);
  const between = text.charCodeAt(yearEnd);
  const timeOk =
    (between === SPACE || between === LETTER_T) &&
    hourEnd - yearEnd >= 2 &&
    hourEnd - yearEnd <= 3 &&
    text.charCodeAt(hourEnd) === COLON &&
    digitsEnd(text, hourEnd + 1) === hourEnd + 3;
  if (!timeOk) return Number.NaN;
  const hour = digits(text, yearEnd + 1, hourEnd);
  const minute = digits(text, hourEnd + 1, hourEnd + 3);
  if (text.length === hourEnd + 3) return epochMs(year, month, day, hour, minute, 0, 0, 0);
  const hasSeconds =
    text.length === hourEnd + 6 &&
    text.charCodeAt(hourEnd + 3) === COLON &&
    digitsEnd(text, hourEnd + 4) === hourEnd + 6;
  if (!hasSeconds) return Number.NaN;
  return epochMs(year, month, day, hour, minute, digits(text, hourEnd + 4, hourEnd + 6), 0, 0);
}

/** The index just past the run of digits starting at `from`. */
function digitsEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const digit = text.charCodeAt(end) - DIGIT_0;
    if (digit < 0 || digit > 9) break;
    end += 1;
  }
  return end;
}

/** Milliseconds (UTC) for a year-last match read in the given order, or NaN. */
export function yearLastToMs(match: YearLastMatch, order: "month-day" | "day-month"): number {
  const monthFirst = order === "month-day";
  return epochMs(
    match.year,
    monthFirst ? match.first : match.second,
    monthFirst ? match.second : match.first,
    match.hour,
    match.minute,
    match.seconds,
    match.millisecond,
    0,
  );
}

/** Milliseconds from the digits after the decimal point of the seconds ("25" is 250). */
function fractionMs(fraction: string | undefined): number {
  return fraction === undefined ? 0 : Number(`0.${fraction}`) * 1000;
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
