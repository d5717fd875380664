import { InputError } from "../errors.ts";
import { isMissingCell, textOf, type CellParser, type CellsOf } from "./date-cells.ts";
import { compileDateFormat, type DateParser } from "./date-format.ts";
import { numericLayout, yearLastLayout } from "./date-layouts.ts";
import { matchYearLast, parseYearFirst } from "./date-patterns.ts";
import { describe, type Source } from "./options.ts";
import { columnLabel, type Cell, type Table } from "./table.ts";

/** The dates of one column in milliseconds since the epoch (UTC), and how they were read. */
export interface ParsedDates {
  timestamps: Float64Array;
  /** How the dates were read, when the reader had to decide (month/day order, epoch unit). */
  note: string | undefined;
}

const NUMERIC_TEXT = /^[+-]?\d+(?:\.\d+)?$/;

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
      `Pick the date column with ${source.flags.dateColumn}, or fill in the dates.`,
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

function fromDateObject(cell: Cell): number {
  return cell instanceof Date ? cell.getTime() : Number.NaN;
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
  const layout = dateFormat ? ` with ${source.flags.dateFormat} "${dateFormat}"` : "";
  throw new InputError(
    `${where}: "${text}" in ${columnLabel(table, index)} does not read as a date${layout}.`,
    dateFormat
      ? `Fix that row, or pass the ${source.flags.dateFormat} that matches it (e.g. DD/MM/YYYY HH:mm).`
      : `Fix that row, or pass ${source.flags.dateFormat} with its layout (e.g. DD.MM.YYYY or YYYYMMDD).`,
  );
}

/** `--date-format` parsers take text; the column holds cells. */
function asCellParser(parse: DateParser): CellParser {
  return (cell) => parse(textOf(cell));
}
