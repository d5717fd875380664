import { looksLikeDate } from "./date-patterns.ts";
import { isMissingText } from "./missing.ts";
import { looksLikeNumber } from "./numbers.ts";
import type { Cell, Table } from "./table.ts";

export type CellKind = "number" | "date" | "text" | "empty";

/** Filled cells looked at to type a column; a column of many blanks is scanned past them. */
const TYPED_CELLS = 200;
/** A column is of numbers or of dates when this share of its filled cells reads so. */
const MOSTLY = 0.8;

/** The filled cells of a column's first rows (up to 200), however many blanks come first. */
export function sampleCells(table: Table, column: number): Cell[] {
  const cells: Cell[] = [];
  for (let row = 0; row < table.rowCount && cells.length < TYPED_CELLS; row += 1) {
    const cell = table.cell(row, column);
    if (kindOf(cell) !== "empty") cells.push(cell);
  }
  return cells;
}

/**
 * Whether most sampled filled cells are numbers. Most, not all: a stray "#DIV/0!" must be
 * refused by row, not make the column disappear from the choice.
 */
export function isNumberColumn(table: Table, column: number): boolean {
  const cells = sampleCells(table, column);
  const numbers = cells.filter((cell) => kindOf(cell) === "number");
  return numbers.length > 0 && numbers.length >= MOSTLY * cells.length;
}

/**
 * Whether most sampled filled cells read as dates (by `parse` when given, else by shape).
 * Most, not all: a stray "Total" row must be refused by name, not turn the column into text.
 */
export function isDateColumn(table: Table, column: number, parse?: (text: string) => number) {
  const cells = sampleCells(table, column);
  const dates = cells.filter((cell) =>
    parse ? !Number.isNaN(parse(String(cell).trim())) : kindOf(cell) === "date",
  );
  return dates.length > 0 && dates.length >= MOSTLY * cells.length;
}

export function kindOf(cell: Cell): CellKind {
  if (cell === null || cell === undefined) return "empty";
  if (cell instanceof Date) return "date";
  if (typeof cell === "number") return Number.isNaN(cell) ? "empty" : "number";
  if (typeof cell === "bigint") return "number";
  if (typeof cell !== "string") return "text";
  if (isMissingText(cell)) return "empty";
  if (looksLikeNumber(cell)) return "number";
  return looksLikeDate(cell) ? "date" : "text";
}
