import { InputError } from "../errors.ts";
import { describe, type Source } from "./options.ts";
import type { Cell, Table } from "./table.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Reads JSON in the shapes quants write:
 * - `[0.01, -0.02]`: values without dates;
 * - `[{"date": "2020-01-02", "value": 0.01}, ...]`: records (pandas `orient="records"`);
 * - `[["2020-01-02", 0.01], ...]`: rows without names (pandas `orient="values"`);
 * - `{"2020-01-02": 0.01, ...}`: date to value (a pandas Series' default `to_json`);
 * - `{"AAPL": {"2020-01-02": 0.01}, ...}`: column to date to value (a DataFrame's default);
 * - `{"index": [...], "data": [...], "columns"?: [...]}`: pandas `orient="split"`.
 */
export function readJson(text: string, source: Source): Table {
  const data = parse(text, source);
  if (Array.isArray(data)) return fromArray(data, source);
  if (isObject(data)) return fromObject(data, source);
  return refuseShape(source);
}

function parse(text: string, source: Source): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? "" : ` (line ${lineOf(text, Number(position))})`;
    throw new InputError(
      `${describe(source)} is not valid JSON${line}: ${message}.`,
      "Fix the JSON (a trailing comma? NaN written bare?), or export the series as CSV.",
    );
  }
}

function fromArray(items: Json[], source: Source): Table {
  if (items.length === 0) refuseEmpty(source);
  const where = (row: number) => `item ${row + 1}`;

  if (items.every((item) => !isObject(item) && !Array.isArray(item))) {
    return table(["value"], items.length, where, (row) => items[row] as Cell);
  }
  if (items.every(isObject)) {
    const records = items as Array<Record<string, Json>>;
    const keys = [...new Set(records.flatMap((record) => Object.keys(record)))];
    return table(keys, records.length, where, (row, column) => {
      return records[row]?.[keys[column] as string] as Cell;
    });
  }
  if (items.every(Array.isArray)) {
    const rows = items as Json[][];
    const width = Math.max(...rows.map((row) => row.length));
    const names = Array.from({ length: width }, (_, i) => String(i + 1));
    return {
      ...table(names, rows.length, where, (row, column) => rows[row]?.[column] as Cell),
      named: false,
    };
  }
  return refuseShape(source);
}

function fromObject(data: Record<string, Json>, source: Source): Table {
  if (Array.isArray(data.data)) return fromSplit(data, source);

  const keys = Object.keys(data);
  if (keys.length === 0) refuseEmpty(source);
  const values = Object.values(data);

  if (values.every((value) => !isObject(value) && !Array.isArray(value))) {
    const where = (row: number) => `key "${keys[row]}"`;
    return table(["date", "value"], keys.length, where, (row, column) => {
      return column === 0 ? keys[row] : (data[keys[row] as string] as Cell);
    });
  }
  if (values.every(isObject)) {
    const columns = values as Array<Record<string, Json>>;
    const dates = [...new Set(columns.flatMap((column) => Object.keys(column)))];
    const where = (row: number) => `key "${dates[row]}"`;
    return table(["date", ...keys], dates.length, where, (row, column) => {
      const date = dates[row] as string;
      return column === 0 ? date : (columns[column - 1]?.[date] as Cell);
    });
  }
  return refuseShape(source);
}

/** pandas `orient="split"`: an index of dates beside a list of values or of rows. */
function fromSplit(data: Record<string, Json>, source: Source): Table {
  const rows = data.data as Json[];
  const index = Array.isArray(data.index) ? data.index : undefined;
  const names = Array.isArray(data.columns)
    ? data.columns.map(String)
    : [typeof data.name === "string" ? data.name : "value"];
  if (rows.length === 0) refuseEmpty(source);

  const offset = index === undefined ? 0 : 1;
  const columns = index === undefined ? names : ["date", ...names];
  const where = (row: number) => `item ${row + 1}`;
  return table(columns, rows.length, where, (row, column) => {
    if (column < offset) return index?.[row] as Cell;
    const entry = rows[row];
    return (Array.isArray(entry) ? entry[column - offset] : entry) as Cell;
  });
}

function table(
  columns: string[],
  rowCount: number,
  where: (row: number) => string,
  cell: (row: number, column: number) => Cell,
): Table {
  return {
    columns,
    named: true,
    rowCount,
    notes: [],
    where,
    cell,
  };
}

function isObject(value: Json | undefined): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function lineOf(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i += 1) if (text[i] === "\n") line += 1;
  return line;
}

function refuseEmpty(source: Source): never {
  throw new InputError(
    `${describe(source)} holds an empty JSON array or object: no values.`,
    "Export the series again with its values, or point to the file that holds them.",
  );
}

function refuseShape(source: Source): never {
  throw new InputError(
    `${describe(source)} is JSON of a shape the reader does not know.`,
    'Write an array of numbers, an array of {"date": ..., "value": ...} objects, or an ' +
      "object of date to value (see references/input-formats.md).",
  );
}
