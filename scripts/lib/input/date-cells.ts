import { isMissingText } from "./missing.ts";
import type { Cell } from "./table.ts";

/** Turns one cell of the date column into milliseconds since the epoch (UTC), or NaN. */
export type CellParser = (cell: Cell) => number;
/** The cells of the date column, by row. */
export type CellsOf = (row: number) => Cell;

/** A cell with no date in it: null, NaN, or one of the missing-value texts. */
export function isMissingCell(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "number") return Number.isNaN(cell);
  return typeof cell === "string" && isMissingText(cell);
}

/** The cell as text, as messages quote it and text parsers read it. */
export function textOf(cell: Cell): string {
  return cell instanceof Date ? cell.toISOString() : String(cell ?? "").trim();
}
