import { InputError } from "../errors.ts";
import { toEpochMs } from "./calendar.ts";
import { compileDateFormat, type DateParser } from "./date-format.ts";
import {
  matchYearLast,
  parseYearFirst,
  yearLastToMs,
  type YearLastMatch,
} from "./date-patterns.ts";
import { isMissingText } from "./missing.ts";
import { describe, type Source } from "./options.ts";
import { columnLabel, type Cell, type Table } from "./table.ts";

/** The dates of one column in milliseconds since the epoch (UTC), and how they were read. */
export interface ParsedDates {
  timestamps: Float64Array;
  /** How the dates were read, when the reader had to decide (month/day order, epoch unit). */
  note: string | undefined;
}

/** Epoch units told apart by magnitude; their ranges (years 1973 to 2286) do not overlap. */
const EPOCH_UNITS = [
  { unit: "seconds", toMs: 1e3, min: 1e8, max: 1e10 },
  { unit: "milliseconds", toMs: 1, min: 1e11, max: 1e13 },
  { unit: "microseconds", toMs: 1e-3, min: 1e14, max: 1e16 },
  { unit: "nanoseconds", toMs: 1e-6, min: 1e17, max: 1e19 },
] as const;

const NUMERIC_TEXT = /^[+-]?\d+(?:\.\d+)?$/;
const YYYYMMDD = /^\d{8}$/;

/**
 * Reads the date column. The layout comes from `--date-format` or from the data: year-first
 * (ISO 8601, offsets converted to UTC; no offset means UTC), year-last with the month/day order
 * settled by a day above 12, epoch numbers by magnitude, or YYYYMMDD integers. Refuses a
 * layout the data cannot settle and any cell that does not read, naming its row.
 */
export function parseDates(
  table: Table,
  index: number,
  dateFormat: string | undefined,
  source: Source,
): ParsedDates {
  const cells: CellsOf = (row) => table.cell(row, index);
  let first = 0;
  while (first < table.rowCount && isMissingCell(cells(first))) first += 1;
  if (first === table.rowCount) {
    throw new InputError(
      `${describe(source)}: ${columnLabel(table, index)} holds no dates.`,
      "Pick the date column with --date-column, or fill in the dates.",
    );
  }

  const { parse, note } = dateFormat
    ? { parse: asCellParser(compileDateFormat(dateFormat)), note: undefined }
    : chooseLayout(table, index, cells, cells(first), first, source);

  const timestamps = new Float64Array(table.rowCount);
  for (let row = 0; row < table.rowCount; row += 1) {
    const cell = cells(row);
    const ms = parse(cell);
    if (Number.isNaN(ms)) refuseDate(table, index, row, cell, dateFormat, source);
    timestamps[row] = ms;
  }
  return { timestamps, note };
}

type CellParser = (cell: Cell) => number;
/** The cells of the date column, by row. */
type CellsOf = (row: number) => Cell;

function chooseLayout(
  table: Table,
  index: number,
  cells: CellsOf,
  sample: Cell,
  sampleRow: number,
  source: Source,
): { parse: CellParser; note: string | undefined } {
  if (sample instanceof Date) return { parse: fromDateObject, note: undefined };

  const text = String(sample).trim();
  if (typeof sample === "number" || typeof sample === "bigint" || NUMERIC_TEXT.test(text)) {
    return numericLayout(table, index, cells, source);
  }
  if (!Number.isNaN(parseYearFirst(text))) {
    return { parse: (cell) => parseYearFirst(textOf(cell)), note: undefined };
  }
  if (matchYearLast(text) !== null) return yearLastLayout(table, index, cells, source);

  return refuseDate(table, index, sampleRow, sample, undefined, source);
}

/** Epoch seconds, milliseconds, microseconds or nanoseconds by magnitude, or YYYYMMDD. */
function numericLayout(
  table: Table,
  index: number,
  cells: CellsOf,
  source: Source,
): { parse: CellParser; note: string } {
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
      "Pass --date-format for dates written as numbers (e.g. YYYYMMDD), or pick the date " +
        "column with --date-column.",
    );
  }
  return {
    parse: (cell) => (isMissingCell(cell) ? Number.NaN : Number(cell) * unit.toMs),
    note: `${describe(source)}: dates in ${columnLabel(table, index)} were read as epoch ${unit.unit}.`,
  };
}

/** M/D/YYYY or D/M/YYYY: a first number above 12 means day first, a second one month first. */
function yearLastLayout(
  table: Table,
  index: number,
  cells: CellsOf,
  source: Source,
): { parse: CellParser; note: string } {
  let dayFirstRow = -1;
  let monthFirstRow = -1;
  let example: { match: YearLastMatch; row: number } | undefined;
  for (let row = 0; row < table.rowCount && (dayFirstRow < 0 || monthFirstRow < 0); row += 1) {
    const match = matchYearLast(textOf(cells(row)));
    if (match === null) continue;
    example ??= { match, row };
    if (dayFirstRow < 0 && match.first > 12) dayFirstRow = row;
    if (monthFirstRow < 0 && match.second > 12) monthFirstRow = row;
  }

  const separator = example?.match.separator ?? "/";
  const formats = `--date-format MM${separator}DD${separator}YYYY or DD${separator}MM${separator}YYYY`;
  const label = columnLabel(table, index);
  if (dayFirstRow >= 0 && monthFirstRow >= 0) {
    throw new InputError(
      `${describe(source)}: the dates in ${label} mix orders: ${table.where(dayFirstRow)} reads ` +
        `"${textOf(cells(dayFirstRow))}" (day first) and ${table.where(monthFirstRow)} reads ` +
        `"${textOf(cells(monthFirstRow))}" (month first).`,
      `Write every date in one order, or pass ${formats} and fix the rows it refuses.`,
    );
  }
  if (dayFirstRow < 0 && monthFirstRow < 0) {
    throw new InputError(
      `${describe(source)}: the dates in ${label} (e.g. "${textOf(cells(example?.row ?? 0))}") could be ` +
        "month/day or day/month: no day above 12 settles it.",
      `Pass ${formats}.`,
    );
  }

  const order = monthFirstRow >= 0 ? "month-day" : "day-month";
  const decisive = monthFirstRow >= 0 ? monthFirstRow : dayFirstRow;
  const decisiveText = textOf(cells(decisive));
  const readAs = order === "month-day" ? "month/day/year" : "day/month/year";
  return {
    parse: (cell) => {
      const match = matchYearLast(textOf(cell));
      return match === null ? Number.NaN : yearLastToMs(match, order);
    },
    note:
      `${describe(source)}: dates in ${label} were read as ${readAs}: ${table.where(decisive)} reads ` +
      `"${decisiveText}", which has no month above 12.`,
  };
}

function fromYyyymmdd(text: string): number {
  if (!YYYYMMDD.test(text)) return Number.NaN;
  const number = Number(text);
  return toEpochMs({
    year: Math.floor(number / 10_000),
    month: Math.floor(number / 100) % 100,
    day: number % 100,
  });
}

function fromDateObject(cell: Cell): number {
  return cell instanceof Date ? cell.getTime() : Number.NaN;
}

function isMissingCell(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "number") return Number.isNaN(cell);
  return typeof cell === "string" && isMissingText(cell);
}

function textOf(cell: Cell): string {
  return cell instanceof Date ? cell.toISOString() : String(cell ?? "").trim();
}

function refuseDate(
  table: Table,
  index: number,
  row: number,
  cell: Cell,
  dateFormat: string | undefined,
  source: Source,
): never {
  const text = textOf(cell);
  const where = `${describe(source)} ${table.where(row)}`;
  if (text === "" || isMissingCell(cell)) {
    throw new InputError(
      `${where}: the row has no date in ${columnLabel(table, index)}.`,
      "Fill in the date or delete that row, then run the command again.",
    );
  }
  const layout = dateFormat ? ` with --date-format "${dateFormat}"` : "";
  throw new InputError(
    `${where}: "${text}" in ${columnLabel(table, index)} does not read as a date${layout}.`,
    dateFormat
      ? "Fix that row, or pass the --date-format that matches it (e.g. DD/MM/YYYY HH:mm)."
      : "Fix that row, or pass --date-format with its layout (e.g. DD.MM.YYYY or YYYYMMDD).",
  );
}

/** `--date-format` parsers take text; the column holds cells. */
function asCellParser(parse: DateParser): CellParser {
  return (cell) => parse(textOf(cell));
}
