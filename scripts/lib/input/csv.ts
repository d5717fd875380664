import { InputError } from "../errors.ts";
import { splitRecords, type Records } from "./csv-records.ts";
import { looksLikeDate } from "./date-patterns.ts";
import { isMissingText } from "./missing.ts";
import { looksLikeNumber } from "./numbers.ts";
import { describe, type Source } from "./options.ts";
import { detectSeparator } from "./separator.ts";
import type { Table } from "./table.ts";

/** Rows that set the column types against which a header or preamble line stands out. */
const BODY_SAMPLE_ROWS = 200;

type ColumnType = "number" | "date" | "text" | "empty";

const SEPARATOR_NAMES: Record<string, string> = {
  ",": "comma",
  ";": "semicolon",
  "\t": "tab",
  "|": "pipe",
};

/**
 * Reads CSV or TSV text into a table. The separator is the one that splits the body evenly;
 * the first data row is the first row whose cells fit the body's column types (numbers where
 * the body has numbers, dates where it has dates); the row just above it, when it has as many
 * fields, is the header; anything above that is a preamble, skipped with a note.
 */
export function readDelimited(text: string, source: Source): Table {
  const separator = detectSeparator(text);
  const records = splitRecords(text, separator);
  if (records.count === 0) {
    throw new InputError(
      `${describe(source)} holds no rows, only blank lines.`,
      "Export the series again, or point to the file that holds it.",
    );
  }

  const sample = bodySample(records);
  const width = bodyWidth(sample);
  const types = columnTypes(sample, width);
  const firstData = findFirstData(records, width, types);
  if (firstData < 0) refuseNoData(records, width, source);

  const headerIndex = firstData - 1;
  const hasHeader = headerIndex >= 0 && records.width(headerIndex) === width;
  const notes = readingNotes(records, hasHeader ? headerIndex : firstData, separator, source);
  checkWidths(records, firstData, width, source);

  const names = hasHeader
    ? records.fields(headerIndex).map((name) => name.trim())
    : Array.from({ length: width }, (_, i) => String(i + 1));
  return delimitedTable(records, firstData, names, hasHeader, notes);
}

/**
 * The last rows of the file (up to 200, never the first row): the body, away from any
 * preamble and header, which sit at the top.
 */
function bodySample(records: Records): string[][] {
  const start = Math.max(Math.min(1, records.count - 1), records.count - BODY_SAMPLE_ROWS);
  const rows: string[][] = [];
  for (let record = start; record < records.count; record += 1) rows.push(records.fields(record));
  return rows;
}

/** The number of fields most rows of the body have. */
function bodyWidth(sample: string[][]): number {
  const tally = new Map<number, number>();
  for (const row of sample) tally.set(row.length, (tally.get(row.length) ?? 0) + 1);
  return [...tally].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/**
 * Each column's type over the lower half of the body sample: what most of its filled cells read
 * as (more than half). Data sits at the bottom of a file and the header and any preamble at the
 * top, so in a short file (three rows under a header and two preamble lines holding the
 * separator) the lower half is still all data, where the whole sample would be half text.
 */
function columnTypes(sample: string[][], width: number): ColumnType[] {
  const rows = sample.filter((row) => row.length === width);
  const body = rows.slice(Math.floor(rows.length / 2));
  return Array.from({ length: width }, (_, column) => {
    const tally = { number: 0, date: 0, text: 0 };
    for (const row of body) {
      const cell = row[column] as string;
      if (isMissingText(cell)) continue;
      const type = looksLikeNumber(cell) ? "number" : looksLikeDate(cell) ? "date" : "text";
      tally[type] += 1;
    }
    const filled = tally.number + tally.date + tally.text;
    if (filled === 0) return "empty";
    if (tally.number > filled / 2) return "number";
    return tally.date > filled / 2 ? "date" : "text";
  });
}

/**
 * The first row that fits the body's types. A row just above it that still looks like data (a
 * date in the date column, or a number-like cell such as "(0.005)" or "−0.005" in a number
 * column) is a data row with a bad cell, not the header: it is taken as data, so that reading
 * its values refuses the bad cell by its line instead of silently skipping the row and
 * demoting the real header to a preamble.
 */
function findFirstData(records: Records, width: number, types: ColumnType[]): number {
  let first = -1;
  for (let record = 0; record < records.count; record += 1) {
    if (records.width(record) === width && fitsTypes(records.fields(record), types)) {
      first = record;
      break;
    }
  }
  while (first > 0 && records.width(first - 1) === width) {
    if (!looksLikeData(records.fields(first - 1), types)) break;
    first -= 1;
  }
  return first;
}

/** Text that is a number written another way: accounting brackets, a Unicode minus, a currency. */
const NUMBER_LIKE = /^[\s()+\-\u2212\u2013$€£¥%.,'\d]*\d[\s()+\-\u2212\u2013$€£¥%.,'\deE]*$/;

/**
 * Whether a row reads as data: with a date column, when its date cell holds a date (a header
 * such as pandas' ",0" has a number-like name but no date); without one, when a number column
 * holds something number-like.
 */
function looksLikeData(row: string[], types: ColumnType[]): boolean {
  const cell = (column: number) => (row[column] as string).trim();
  if (types.includes("date")) {
    return types.every((type, column) => type !== "date" || looksLikeDate(cell(column)));
  }
  return types.some(
    (type, column) =>
      type === "number" && (looksLikeNumber(cell(column)) || NUMBER_LIKE.test(cell(column))),
  );
}
/**
 * Whether a row can be data: every number or date column holds a number, a date or a missing
 * value there, a date column is not blank, and at least one cell is a number or a date.
 */
function fitsTypes(row: string[], types: ColumnType[]): boolean {
  let typed = false;
  for (let column = 0; column < types.length; column += 1) {
    const cell = row[column] as string;
    const type = types[column];
    if (type === "number") {
      if (looksLikeNumber(cell)) typed = true;
      else if (!isMissingText(cell)) return false;
    } else if (type === "date") {
      if (!looksLikeDate(cell)) return false;
      typed = true;
    }
  }
  return typed;
}

function refuseNoData(records: Records, width: number, source: Source): never {
  let header = 0;
  while (header < records.count - 1 && records.width(header) !== width) header += 1;
  const line = records.line(header);
  throw new InputError(
    `${describe(source)} has a header (line ${line}) but no rows of numbers under it.`,
    "Export the series again with its rows, or point to the file that holds them.",
  );
}

function readingNotes(records: Records, skipped: number, separator: string, source: Source) {
  const notes: string[] = [];
  if (separator !== ",") {
    notes.push(`${describe(source)} is ${SEPARATOR_NAMES[separator]}-separated.`);
  }
  if (skipped > 0) {
    const firstLine = records.fields(0).join(separator).slice(0, 60);
    notes.push(
      `${describe(source)}: skipped ${skipped} line(s) above the data that are not part of ` +
        `the table (line ${records.line(0)} reads "${firstLine}").`,
    );
  }
  return notes;
}

/** Every data row must have as many fields as the header: a longer or shorter row is unclear. */
function checkWidths(records: Records, firstData: number, width: number, source: Source): void {
  for (let record = firstData; record < records.count; record += 1) {
    const fields = records.width(record);
    if (fields === width) continue;
    throw new InputError(
      `${describe(source)} line ${records.line(record)} has ${fields} field(s) where the table ` +
        `has ${width}.`,
      "Fix or delete that line (a note or total under the table?), then run the command again.",
    );
  }
}

function delimitedTable(
  records: Records,
  firstData: number,
  columns: string[],
  named: boolean,
  notes: string[],
): Table {
  const rowCount = records.count - firstData;
  return {
    columns,
    named,
    rowCount,
    notes,
    where: (row) => `line ${records.line(firstData + row)}`,
    cell: (row, column) => records.cell(firstData + row, column),
  };
}
