import { InputError } from "../errors.ts";
import { epochMs } from "./calendar.ts";
import { isMissingCell, textOf, type CellParser, type CellsOf } from "./date-cells.ts";
import { matchYearLast, parseYearLast, type YearLastMatch } from "./date-patterns.ts";
import { describe, type Source } from "./options.ts";
import { columnLabel, type Table } from "./table.ts";

/** A way to read a whole date column, and the note saying how it was decided. */
export interface DateLayout {
  parse: CellParser;
  note: string;
}

/** Epoch units told apart by magnitude; their ranges (years 1973 to 2286) do not overlap. */
export const EPOCH_UNITS = [
  // Dividing, not multiplying by 1e-3: 1e-3 is not exact in binary, a division rounds once.
  { unit: "seconds", toMs: (n: number) => n * 1000, min: 1e8, max: 1e10 },
  { unit: "milliseconds", toMs: (n: number) => n, min: 1e11, max: 1e13 },
  { unit: "microseconds", toMs: (n: number) => n / 1e3, min: 1e14, max: 1e16 },
  { unit: "nanoseconds", toMs: (n: number) => n / 1e6, min: 1e17, max: 1e19 },
] as const;

const YYYYMMDD = /^\d{8}$/;
const DIGIT_0 = 48;

export /** Epoch seconds, milliseconds, microseconds or nanoseconds by magnitude, or YYYYMMDD. */
function numericLayout(table: Table, index: number, cells: CellsOf, source: Source): DateLayout {
  let min = Infinity;
  let max = -Infinity;
  let allEightDigits = true;
  for (let row = 0; row < table.rowCount; row += 1) {
    const cell = cells(row);
    if (isMissingCell(cell)) continue;
    const value = Number(cell);
    if (value < min) min = value;
    if (value > max) max = value;
    if (allEightDigits && !YYYYMMDD.test(textOf(cell))) allEightDigits = false;
  }

  if (allEightDigits) {
    return {
      parse: (cell) => fromYyyymmdd(textOf(cell)),
      note: `${describe(source)}: dates in ${columnLabel(table, index)} were read as YYYYMMDD.`,
    };
  }
  const unit = EPOCH_UNITS.find((candidate) => min >= candidate.min && max < candidate.max);
  if (unit === undefined) {
    throw new InputError(
      `${describe(source)}: ${columnLabel(table, index)} holds numbers from ${min} to ${max}, ` +
        "which are not epoch seconds, milliseconds, microseconds or nanoseconds of one unit.",
      `Pass ${source.flags.dateFormat} for dates written as numbers (e.g. YYYYMMDD), or pick the date ` +
        `column with ${source.flags.dateColumn}.`,
    );
  }
  return {
    parse: (cell) => (isMissingCell(cell) ? Number.NaN : unit.toMs(Number(cell))),
    note:
      `${describe(source)}: dates in ${columnLabel(table, index)} were read as ` +
      `epoch ${unit.unit}.`,
  };
}

/** M/D/YYYY or D/M/YYYY: a first number above 12 means day first, a second month first. */
export function yearLastLayout(
  table: Table,
  index: number,
  cells: CellsOf,
  source: Source,
): DateLayout {
  let dayFirstRow = -1;
  let monthFirstRow = -1;
  let example: { match: YearLastMatch; row: number } | undefined;
  for (let row = 0; row < table.rowCount && (dayFirstRow < 0 || monthFirstRow < 0); row += 1) {
    const text = textOf(cells(row));
    const [first, second] = leadingNumbers(text);
    const decides = (first > 12 && dayFirstRow < 0) || (second > 12 && monthFirstRow < 0);
    if (!decides && example !== undefined) continue;
    const match = matchYearLast(text);
    if (match === null) continue;
    example ??= { match, row };
    if (dayFirstRow < 0 && match.first > 12) dayFirstRow = row;
    if (monthFirstRow < 0 && match.second > 12) monthFirstRow = row;
  }

  const separator = example?.match.separator ?? "/";
  const layout = (first: string, second: string) => `${first}${separator}${second}${separator}YYYY`;
  const formats = `${source.flags.dateFormat} ${layout("MM", "DD")} or ${layout("DD", "MM")}`;
  const label = columnLabel(table, index);
  if (dayFirstRow >= 0 && monthFirstRow >= 0) {
    throw new InputError(
      `${describe(source)}: the dates in ${label} mix orders: ${table.where(dayFirstRow)} reads ` +
        `"${textOf(cells(dayFirstRow))}" (day first) and ${table.where(monthFirstRow)} reads ` +
        `"${textOf(cells(monthFirstRow))}" (month first).`,
      `Write every date in one order, or pass ${formats} and fix the rows it refuses.`,
    );
  }
  if (dayFirstRow < 0 && monthFirstRow < 0 && separator === ".") {
    // Dotted dates with the year last are written day first wherever they are used (Germany,
    // Russia, Scandinavia); month-first dates come with slashes.
    return {
      parse: (cell) => parseYearLast(textOf(cell), "day-month"),
      note:
        `${describe(source)}: dates in ${label} were read as day.month.year, as dotted dates ` +
        `are written (no day above 12 settles it; pass ${source.flags.dateFormat} ` +
        `${layout("MM", "DD")} if they are month first).`,
    };
  }
  if (dayFirstRow < 0 && monthFirstRow < 0) {
    throw new InputError(
      `${describe(source)}: the dates in ${label} ` +
        `(e.g. "${textOf(cells(example?.row ?? 0))}") could be ` +
        "month/day or day/month: no day above 12 settles it.",
      `Pass ${formats}.`,
    );
  }

  const order = monthFirstRow >= 0 ? "month-day" : "day-month";
  const decisive = monthFirstRow >= 0 ? monthFirstRow : dayFirstRow;
  const decisiveText = textOf(cells(decisive));
  const decisiveMatch = matchYearLast(decisiveText) as YearLastMatch;
  const notAMonth = order === "month-day" ? decisiveMatch.second : decisiveMatch.first;
  const readAs = order === "month-day" ? "month/day/year" : "day/month/year";
  return {
    parse: (cell) => parseYearLast(textOf(cell), order),
    note:
      `${describe(source)}: dates in ${label} were read as ${readAs}: ` +
      `${table.where(decisive)} reads ` +
      `"${decisiveText}", and ${notAMonth} cannot be a month.`,
  };
}

/**
 * The first two numbers of "3/15/2004 ...", read without a regular expression: the scan for
 * a deciding day looks at every row, and most rows decide nothing.
 */
function leadingNumbers(text: string): [number, number] {
  let first = 0;
  let i = 0;
  for (; i < text.length && isDigit(text.charCodeAt(i)); i += 1) {
    first = first * 10 + text.charCodeAt(i) - DIGIT_0;
  }
  let second = 0;
  for (i += 1; i < text.length && isDigit(text.charCodeAt(i)); i += 1) {
    second = second * 10 + text.charCodeAt(i) - DIGIT_0;
  }
  return [first, second];
}

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_0 + 9;
}

function fromYyyymmdd(text: string): number {
  if (!YYYYMMDD.test(text)) return Number.NaN;
  const number = Number(text);
  return epochMs(
    Math.floor(number / 10_000),
    Math.floor(number / 100) % 100,
    number % 100,
    0,
    0,
    0,
    0,
    0,
  );
}
