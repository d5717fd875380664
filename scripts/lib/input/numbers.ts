import { InputError } from "../errors.ts";
import { isMissingText } from "./missing.ts";
import { describe, type Source } from "./options.ts";
import { columnLabel, type Cell, type Table } from "./table.ts";

/** A plain decimal number, as pandas reads one: no hex, no thousands separators, no spaces. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INFINITE = /^[+-]?inf(?:inity)?$/i;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** The numbers of one column: NaN where a cell was missing. */
export interface ParsedValues {
  values: Float64Array;
  /** How many values carried a trailing "%" (spreadsheets write percentages so). */
  percentSigns: number;
}

/**
 * Parses the value column. Text is decoded with `Number`, which rounds correctly (the same
 * double as Python's `float`), after a syntax check that refuses what pandas would not read
 * as a number. Refuses text and infinite values, naming the row.
 */
export function parseValues(table: Table, index: number, source: Source): ParsedValues {
  const values = new Float64Array(table.rowCount);
  let percentSigns = 0;

  for (let row = 0; row < table.rowCount; row += 1) {
    const cell = table.cell(row, index);
    let value: number;
    if (typeof cell === "number") value = cell;
    else if (typeof cell === "string") {
      // Number() alone would read "" as 0 and "0x1A" as 26, hence the syntax check first.
      if (DECIMAL.test(cell)) value = Number(cell);
      else {
        let text = cell.trim();
        if (text.endsWith("%")) {
          percentSigns += 1;
          text = text.slice(0, -1).trimEnd();
        }
        value = parseText(text, () => refuseText(table, index, row, cell, source));
      }
    } else if (cell === null || cell === undefined) value = Number.NaN;
    else if (typeof cell === "bigint") value = Number(cell);
    else return refuseText(table, index, row, cell, source);

    if (value === Infinity || value === -Infinity) refuseInfinite(table, index, row, cell, source);
    values[row] = value;
  }

  if (percentSigns > 0) checkPercentSigns(table, index, percentSigns, source);
  return { values, percentSigns };
}

function parseText(text: string, onText: () => never): number {
  if (DECIMAL.test(text)) return Number(text);
  if (isMissingText(text)) return Number.NaN;
  if (INFINITE.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  return onText();
}

/** Either every value carries "%" or none does: a mix means the column is not one quantity. */
function checkPercentSigns(
  table: Table,
  index: number,
  percentSigns: number,
  source: Source,
): void {
  let present = 0;
  let firstWithout = -1;
  for (let row = 0; row < table.rowCount; row += 1) {
    const cell = table.cell(row, index);
    if (typeof cell === "number" && !Number.isNaN(cell)) present += 1;
    if (typeof cell !== "string" || isMissingText(cell)) continue;
    present += 1;
    if (firstWithout < 0 && !cell.trim().endsWith("%")) firstWithout = row;
  }
  if (percentSigns === present) return;

  throw new InputError(
    `${describe(source)} ${table.where(firstWithout)}: ${columnLabel(table, index)} mixes ` +
      `values with and without "%" (this one reads "${String(table.cell(firstWithout, index))}").`,
    'Write every value the same way (all with "%" or none), then run the command again.',
  );
}

function refuseText(table: Table, index: number, row: number, cell: Cell, source: Source): never {
  const text = String(cell);
  throw new InputError(
    `${describe(source)} ${table.where(row)}: "${text}" in ${columnLabel(table, index)} is not ` +
      "a number.",
    hintFor(text.trim(), table, source),
  );
}

function hintFor(text: string, table: Table, source: Source): string {
  if (DECIMAL_COMMA.test(text)) {
    return "The file seems to use decimal commas: save it with decimal points, then run again.";
  }
  if (THOUSANDS.test(text)) {
    return "Remove the thousands separators from the numbers, then run the command again.";
  }
  const others =
    table.columns.length > 1 ? ` or pick the numeric column with ${source.flags.column}` : "";
  return `Fix or delete that row${others}; empty, NA, NaN and null cells count as missing.`;
}

function refuseInfinite(
  table: Table,
  index: number,
  row: number,
  cell: Cell,
  source: Source,
): never {
  throw new InputError(
    `${describe(source)} ${table.where(row)}: ${columnLabel(table, index)} holds an infinite ` +
      `value ("${String(cell)}").`,
    "A return or price must be finite: fix that row (a division by zero upstream?) or leave " +
      "the cell empty to mark it missing.",
  );
}

/** Whether text reads as a number (or an infinity, or a percentage): used to tell a header. */
export function looksLikeNumber(text: string): boolean {
  const trimmed = text.trim();
  const bare = trimmed.endsWith("%") ? trimmed.slice(0, -1).trimEnd() : trimmed;
  return DECIMAL.test(bare) || INFINITE.test(bare);
}
