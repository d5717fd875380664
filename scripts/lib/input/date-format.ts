import { UsageError } from "../errors.ts";
import { toEpochMs, type DateParts } from "./calendar.ts";
import { offsetMinutes } from "./date-patterns.ts";

/** A `--date-format` turned into a parser: text in, milliseconds (UTC) or NaN out. */
export type DateParser = (text: string) => number;

interface Token {
  pattern: string;
  apply?: (parts: MutableParts, text: string) => void;
}

type MutableParts = DateParts & { meridiem?: string; twoDigitYear?: number };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Tokens in the moment.js / day.js spelling, longest first so "MM" wins over "M". */
const TOKENS: Array<[string, Token]> = [
  ["YYYY", { pattern: "(\\d{4})", apply: (p, t) => (p.year = Number(t)) }],
  ["YY", { pattern: "(\\d{2})", apply: (p, t) => (p.twoDigitYear = Number(t)) }],
  ["MMMM", { pattern: "([A-Za-z]+)", apply: (p, t) => (p.month = monthFromName(t)) }],
  ["MMM", { pattern: "([A-Za-z]{3})", apply: (p, t) => (p.month = monthFromName(t)) }],
  ["MM", { pattern: "(\\d{2})", apply: (p, t) => (p.month = Number(t)) }],
  ["M", { pattern: "(\\d{1,2})", apply: (p, t) => (p.month = Number(t)) }],
  ["DD", { pattern: "(\\d{2})", apply: (p, t) => (p.day = Number(t)) }],
  ["D", { pattern: "(\\d{1,2})", apply: (p, t) => (p.day = Number(t)) }],
  ["HH", { pattern: "(\\d{2})", apply: (p, t) => (p.hour = Number(t)) }],
  ["H", { pattern: "(\\d{1,2})", apply: (p, t) => (p.hour = Number(t)) }],
  ["hh", { pattern: "(\\d{2})", apply: (p, t) => (p.hour = Number(t)) }],
  ["h", { pattern: "(\\d{1,2})", apply: (p, t) => (p.hour = Number(t)) }],
  ["mm", { pattern: "(\\d{2})", apply: (p, t) => (p.minute = Number(t)) }],
  ["ss", { pattern: "(\\d{2})", apply: (p, t) => (p.second = Number(t)) }],
  ["SSS", { pattern: "(\\d+)", apply: (p, t) => (p.millisecond = Number(`0.${t}`) * 1000) }],
  ["A", { pattern: "([AaPp][Mm])", apply: (p, t) => (p.meridiem = t.toUpperCase()) }],
  [
    "Z",
    {
      pattern: "(Z|[+-]\\d{2}(?::?\\d{2})?)",
      apply: (p, t) => (p.offsetMinutes = offsetMinutes(t)),
    },
  ],
];

/** Two-digit tokens that accept one digit unless another number follows without a separator. */
const TWO_DIGITS = new Set(["MM", "DD", "HH", "hh", "mm", "ss"]);

/**
 * Compiles a layout such as `DD/MM/YYYY`, `YYYYMMDD` or `MM/DD/YYYY HH:mm` (moment.js tokens:
 * YYYY YY MMMM MMM MM M DD D HH H hh h mm ss SSS A Z; anything else is literal). Two-digit
 * years follow Python's `%y`: 69-99 are 19xx, 00-68 are 20xx.
 */
export function compileDateFormat(format: string): DateParser {
  const appliers: Array<NonNullable<Token["apply"]>> = [];
  let pattern = "";
  let rest = format;

  while (rest.length > 0) {
    const found = TOKENS.find(([name]) => rest.startsWith(name));
    if (found === undefined) {
      pattern += escapeRegExp(rest[0] as string);
      rest = rest.slice(1);
      continue;
    }
    const [name, token] = found;
    rest = rest.slice(name.length);
    // "DD/MM" also reads 1/2, as pandas and moment.js do; "YYYYMMDD" needs the exact widths.
    const lenient = TWO_DIGITS.has(name) && !/^(YY|MM?(?!MM)|DD?|HH?|hh?|mm|ss|SSS)/.test(rest);
    pattern += lenient ? "(\\d{1,2})" : token.pattern;
    if (token.apply) appliers.push(token.apply);
  }
  checkComplete(format);

  const regex = new RegExp(`^${pattern}$`);
  return (text) => {
    const match = regex.exec(text.trim());
    if (match === null) return Number.NaN;
    const parts: MutableParts = { year: Number.NaN, month: Number.NaN, day: 1 };
    appliers.forEach((apply, i) => apply(parts, match[i + 1] as string));
    return toEpochMs(finish(parts));
  };
}

function finish(parts: MutableParts): DateParts {
  const { meridiem, twoDigitYear, ...rest } = parts;
  if (twoDigitYear !== undefined) rest.year = twoDigitYear + (twoDigitYear >= 69 ? 1900 : 2000);
  if (meridiem !== undefined && rest.hour !== undefined) {
    if (rest.hour < 1 || rest.hour > 12) return { ...rest, month: Number.NaN };
    rest.hour = (rest.hour % 12) + (meridiem === "PM" ? 12 : 0);
  }
  return rest;
}

function checkComplete(format: string): void {
  const hasYear = format.includes("YY");
  const hasMonth = format.includes("M");
  if (hasYear && hasMonth) return;
  throw new UsageError(
    `--date-format "${format}" has no ${hasYear ? "month (M, MM or MMM)" : "year (YYYY or YY)"}.`,
    'Write the layout with moment.js tokens, e.g. "DD/MM/YYYY", "YYYYMMDD" or ' +
      '"MM/DD/YYYY HH:mm".',
  );
}

function monthFromName(name: string): number {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? Number.NaN : index + 1;
}

function escapeRegExp(char: string): string {
  return /[.*+?^${}()|[\]\\]/.test(char) ? `\\${char}` : char;
}
