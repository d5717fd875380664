import { InputError } from "../errors.ts";
import { isDateColumn, isNumberColumn, sampleCells } from "./column-types.ts";
import { compileDateFormat } from "./date-format.ts";
import { EPOCH_UNITS } from "./date-layouts.ts";
import { describe, type ReadOptions, type Source } from "./options.ts";
import { columnLabel, type Table } from "./table.ts";

/** Which columns hold the dates and the values; `date` is undefined when there are no dates. */
export interface ColumnChoice {
  date: number | undefined;
  value: number;
}

/** Names that say "this is the date" (the blank one is pandas' unnamed index). */
const DATE_NAMES = /^(date|dates|datetime|date_?time|time|timestamp|ts|day|period|index|)$/i;
/** Names that leave no doubt: such a column is the date column even if its cells do not read. */
const SURE_DATE_NAMES = /^(date|dates|datetime|date_?time|day)$/i;
/**
 * Names of numeric columns that count time or rows rather than measure anything; the blank
 * name is pandas' unnamed index, numbered 0, 1, 2... when it holds no dates.
 */
const COUNTER_NAMES = /^(unix|unix_?time|epoch|timestamp|time|ts|id|index|row|#|no|unnamed: ?0|)$/i;

/**
 * Picks the date and value columns: given by --date-column and --column, or found. The date
 * column is a column of dates (one with a date-like name first), else a date-named or leading
 * column of epoch numbers. The value column is the only numeric column left once counters
 * (id, unix, timestamp) are set aside; several of them are refused, listed.
 */
export function chooseColumns(table: Table, options: ReadOptions, source: Source): ColumnChoice {
  const date =
    options.dateColumn !== undefined
      ? resolveColumn(table, options.dateColumn, source.flags.dateColumn, source)
      : findDateColumn(table, options.dateFormat);

  if (options.column !== undefined) {
    const value = resolveColumn(table, options.column, source.flags.column, source);
    if (value === date) {
      throw new InputError(
        `${describe(source)}: ${source.flags.column} and the date column are both ${columnLabel(table, value)}.`,
        `Pass the value column with ${source.flags.column} and the date column with ${source.flags.dateColumn}.`,
      );
    }
    return { date, value };
  }
  return { date, value: findValueColumn(table, date, source) };
}

/**
 * The first column of dates (by --date-format when given, else by shape), one with a date-like
 * name first; else a column of epoch numbers that is first or named for time; else a column
 * named "date" whatever it holds, so that its bad cells are refused rather than ignored.
 */
function findDateColumn(table: Table, dateFormat: string | undefined): number | undefined {
  const parse = dateFormat === undefined ? undefined : compileDateFormat(dateFormat);
  const indexes = table.columns.map((_, index) => index);
  const isNamedForDates = (index: number) => table.named && DATE_NAMES.test(nameOf(table, index));

  const dateColumns = indexes.filter((index) => isDateColumn(table, index, parse));
  const found = dateColumns.find(isNamedForDates) ?? dateColumns[0];
  if (found !== undefined) return found;

  const epoch = indexes.find((index) => {
    if (!isNumberColumn(table, index) || !looksLikeEpoch(table, index)) return false;
    return index === 0 || isNamedForDates(index) || COUNTER_NAMES.test(nameOf(table, index));
  });
  if (epoch !== undefined) return epoch;
  return indexes.find((index) => table.named && SURE_DATE_NAMES.test(nameOf(table, index)));
}

function nameOf(table: Table, index: number): string {
  return table.columns[index] ?? "";
}

function findValueColumn(table: Table, date: number | undefined, source: Source): number {
  const candidates = table.columns
    .map((_, index) => index)
    .filter((index) => index !== date && !isCounter(table, index));
  const numeric = candidates.filter((index) => isNumberColumn(table, index));
  if (numeric.length === 1) return numeric[0] as number;

  // One column left that is not numbers (decimal commas?): reading it names the first bad cell.
  if (numeric.length === 0 && candidates.length === 1) return candidates[0] as number;

  const all = table.columns.map((_, index) => columnName(table, index)).join(", ");
  if (numeric.length === 0) {
    throw new InputError(
      `${describe(source)} has no column of numbers besides the dates (its columns: ${all}).`,
      `Pass the column of returns or prices with ${source.flags.column}, or export the values as numbers.`,
    );
  }
  const names = numeric.map((index) => columnName(table, index));
  throw new InputError(
    `${describe(source)} has several numeric columns: ${names.join(", ")}.`,
    `Pick one with ${source.flags.column} (e.g. ${source.flags.column} ${names[names.length > 3 ? 3 : 0]}).`,
  );
}

/** A numeric column that counts rather than measures: named so, or epoch numbers named as time. */
function isCounter(table: Table, index: number): boolean {
  const name = table.columns[index] ?? "";
  return table.named && COUNTER_NAMES.test(name);
}

function looksLikeEpoch(table: Table, index: number): boolean {
  const numbers = sampleCells(table, index).map(Number);
  if (numbers.length === 0) return false;
  const yyyymmdd = numbers.every((n) => Number.isInteger(n) && n >= 1e7 && n < 1e8);
  const epoch = EPOCH_UNITS.some(({ min, max }) => numbers.every((n) => n >= min && n < max));
  return yyyymmdd || epoch;
}

/** A column by name (exact, then ignoring case) or by 1-based position. */
function resolveColumn(table: Table, wanted: string, flag: string, source: Source): number {
  const exact = table.columns.indexOf(wanted);
  if (exact >= 0 && table.named) return exact;

  const folded = table.columns.filter((name) => name.toLowerCase() === wanted.toLowerCase());
  if (folded.length === 1 && table.named) return table.columns.indexOf(folded[0] as string);

  const position = /^\d+$/.test(wanted) ? Number(wanted) : 0;
  if (position >= 1 && position <= table.columns.length) return position - 1;

  const known = table.named
    ? `Its columns: ${table.columns.map((_, index) => columnName(table, index)).join(", ")}.`
    : `It has no header, so name the column by position, from 1 to ${table.columns.length}.`;
  throw new InputError(
    `${describe(source)} has no column "${wanted}" (${flag}). ${known}`,
    `Pass ${flag} again with one of those names or positions.`,
  );
}

/** How a user would type the column on the command line. */
function columnName(table: Table, index: number): string {
  const name = table.columns[index] ?? "";
  return table.named && name !== "" ? name : String(index + 1);
}
