/** One cell as a reader found it: text from CSV, or a JSON or Parquet value. */
export type Cell = string | number | boolean | bigint | Date | null | undefined;

/**
 * What every format reads into before columns are picked: named columns of raw cells, and
 * where each row sits in the file so that messages can send the user to it.
 */
export interface Table {
  /** Column names; a file without a header gets "1", "2", ... */
  columns: string[];
  /** Whether the names came from the file (a header, JSON keys) rather than positions. */
  named: boolean;
  /** One cell; readers cut it out of the file when asked, so no column is ever copied whole. */
  cell(row: number, column: number): Cell;
  rowCount: number;
  /** Where row `row` is, as a message names it: "line 12", "item 3", "row 7". */
  where(row: number): string;
  /** Things noticed while reading: a preamble skipped, a separator guessed. */
  notes: string[];
}

/** A column's name in a message: quoted, or described when the header left it blank. */
export function columnLabel(table: Table, index: number): string {
  const name = table.columns[index] ?? "";
  if (!table.named) return `column ${index + 1}`;
  return name === "" ? `the unnamed column ${index + 1}` : `column "${name}"`;
}
