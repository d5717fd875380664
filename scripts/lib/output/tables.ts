import { from, toCSV, toMarkdown } from "arquero";

import { exactCell, humanCell } from "./cells.ts";
import { renderTextTable } from "./text-table.ts";

/**
 * Writes rows of named columns as CSV, Markdown or a plain-text table, with arquero doing the
 * selecting and the CSV and Markdown writing. The text table and Markdown are bounded, so a
 * search that matched 5,000 runs cannot flood a terminal or an agent's context: they show the
 * first rows and the columns that fit, and say how many were left out and how to get them.
 * CSV is never bounded; it is what files are made of.
 */

export interface TableData {
  columns: readonly string[];
  rows: readonly Record<string, unknown>[];
  /** Columns holding milliseconds since the epoch, written as ISO 8601 times. */
  timeColumns?: ReadonlySet<string>;
}

export interface Bounds {
  /** The most rows shown; 0 shows every row. */
  maxRows: number;
  /** The widest line of a text table, in characters (Markdown is not cut by width). */
  maxWidth?: number;
  /** The widest cell of a text table before it is cut with an ellipsis. */
  maxCellWidth?: number;
  /** What one row is, in the plural, for the summary line: "runs", "points". */
  noun: string;
  /** How to get the rows left out, e.g. "pass --table-rows 0, or --format csv". */
  rowsHint: string;
  /** How to get the columns left out, e.g. "choose them with --columns". */
  columnsHint?: string;
  /** The full count when `rows` is already a part of it (a search that stopped early). */
  totalRows?: number;
}

/** Text tables wider than this are cut to the columns that fit. */
export const MAX_TABLE_WIDTH = 160;
/** Text-table cells longer than this are cut with an ellipsis. */
export const MAX_TABLE_CELL = 40;

/** Every row as CSV (RFC 4180 quoting), with a header line unless `header` is false. */
export function csvText(data: TableData, header = true): string {
  if (data.columns.length === 0) return "";
  const times = data.timeColumns ?? new Set<string>();
  const rows = data.rows.map((row) =>
    formatRow(row, data.columns, (v, c) => exactCell(v, times.has(c))),
  );
  return toCSV(from(rows, [...data.columns]), { header });
}

/** A GitHub-flavoured Markdown table of the first rows, then a line on what was left out. */
export function markdownText(data: TableData, bounds: Bounds): string {
  const shown = boundRows(data.rows, bounds.maxRows);
  if (data.columns.length === 0) return `_No ${bounds.noun}._\n`;
  const times = data.timeColumns ?? new Set<string>();
  const rows = shown.map((row) =>
    formatRow(row, data.columns, (v, c) => humanCell(v, times.has(c))),
  );
  const align: Record<string, "l" | "r"> = Object.fromEntries(
    data.columns.map((column) => [column, isNumericColumn(data.rows, column) ? "r" : "l"]),
  );
  const table = toMarkdown(from(rows, [...data.columns]), { align });
  const notes = omissionNotes(data.rows.length, shown.length, [], bounds);
  return notes.length === 0 ? table : `${table}\n${notes.map((note) => `_${note}_`).join("\n")}\n`;
}

/**
 * A plain-text table of the first rows and of the columns that fit `maxWidth`, followed by one
 * line per kind of omission. An empty table says so in words.
 */
export function boundedTextTable(data: TableData, bounds: Bounds): string {
  if (data.rows.length === 0) return `No ${bounds.noun}.`;
  const maxCell = bounds.maxCellWidth ?? MAX_TABLE_CELL;
  const maxWidth = bounds.maxWidth ?? MAX_TABLE_WIDTH;
  const times = data.timeColumns ?? new Set<string>();
  const shown = boundRows(data.rows, bounds.maxRows).map((row) =>
    formatRow(row, data.columns, (v, c) => humanCell(v, times.has(c))),
  );

  const fitting = columnsThatFit(data.columns, shown, maxCell, maxWidth);
  const selected = from(shown, [...data.columns])
    .select(...fitting)
    .objects() as Record<string, string>[];
  const cells = selected.map((row) => fitting.map((column) => row[column] ?? ""));
  const dropped = data.columns.filter((column) => !fitting.includes(column));

  const table = renderTextTable(fitting, cells, maxCell);
  const notes = omissionNotes(data.rows.length, shown.length, dropped, bounds).map((note) =>
    wrapText(note),
  );
  return notes.length === 0 ? table : `${table}\n\n${notes.join("\n")}`;
}

function boundRows<T>(rows: readonly T[], maxRows: number): readonly T[] {
  return maxRows > 0 && rows.length > maxRows ? rows.slice(0, maxRows) : rows;
}

function formatRow(
  row: Record<string, unknown>,
  columns: readonly string[],
  format: (value: unknown, column: string) => string | undefined,
): Record<string, string | undefined> {
  return Object.fromEntries(columns.map((column) => [column, format(row[column], column)]));
}

/** The leading columns whose cells, cut to `maxCell`, fit in `maxWidth`; at least one. */
function columnsThatFit(
  columns: readonly string[],
  rows: readonly Record<string, string | undefined>[],
  maxCell: number,
  maxWidth: number,
): string[] {
  const fitting: string[] = [];
  let width = 0;
  for (const column of columns) {
    const cellWidth = Math.min(
      maxCell,
      Math.max(column.length, ...rows.map((row) => (row[column] ?? "").length)),
    );
    const next = width + (fitting.length > 0 ? 2 : 0) + cellWidth;
    if (fitting.length > 0 && next > maxWidth) continue;
    fitting.push(column);
    width = next;
  }
  return fitting;
}

function isNumericColumn(rows: readonly Record<string, unknown>[], column: string): boolean {
  let seen = false;
  for (const row of rows) {
    const value = row[column];
    if (value === undefined || value === null) continue;
    if (typeof value !== "number") return false;
    seen = true;
  }
  return seen;
}

function omissionNotes(
  fetched: number,
  shown: number,
  droppedColumns: readonly string[],
  bounds: Bounds,
): string[] {
  const notes: string[] = [];
  const total = bounds.totalRows ?? fetched;
  if (shown < total) {
    const count = (n: number) => n.toLocaleString("en-US");
    notes.push(
      `Showing ${count(shown)} of ${count(total)} ${bounds.noun}; ` +
        `${count(total - shown)} not shown. To see them: ${bounds.rowsHint}.`,
    );
  }
  if (droppedColumns.length > 0) {
    const names = droppedColumns.slice(0, 8).join(", ");
    const more = droppedColumns.length > 8 ? `, and ${droppedColumns.length - 8} more` : "";
    const hint = bounds.columnsHint ?? "choose fewer columns with --columns";
    notes.push(
      `${droppedColumns.length} columns did not fit in ${bounds.maxWidth ?? MAX_TABLE_WIDTH} ` +
        `characters (${names}${more}): ${hint}.`,
    );
  }
  return notes;
}

/** Notes under a table are prose: wrapped at this width, like the rest of the help texts. */
export const NOTE_WIDTH = 100;

/** `text` broken between words into lines of at most `width` characters where it can be. */
export function wrapText(text: string, width = NOTE_WIDTH): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}
