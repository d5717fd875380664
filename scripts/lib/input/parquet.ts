import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";

import { InputError } from "../errors.ts";
import { describe, type Source } from "./options.ts";
import type { Cell, Table } from "./table.ts";

/**
 * Reads a Parquet file with hyparquet (pure JavaScript; snappy built in, as pandas writes by
 * default). Timestamps arrive as Date objects in UTC, to the millisecond; a pandas index is a
 * column like any other ("date", or "__index_level_0__" when it had no name).
 */
export async function readParquet(bytes: Buffer, source: Source): Promise<Table> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  let columns: string[];
  let rows: Array<Record<string, unknown>>;
  try {
    const metadata = parquetMetadata(file as ArrayBuffer);
    columns = parquetSchema(metadata).children.map((child) => child.element.name);
    rows = await parquetReadObjects({ file: file as ArrayBuffer, metadata });
  } catch (error) {
    throw new InputError(
      `${describe(source)} cannot be read as Parquet: ${(error as Error).message}.`,
      "Write it again with pandas `to_parquet` (default snappy compression), or export CSV.",
    );
  }

  if (rows.length === 0) {
    throw new InputError(
      `${describe(source)} is a Parquet file without rows.`,
      "Export the series again with its rows, or point to the file that holds them.",
    );
  }
  return {
    columns,
    named: true,
    rowCount: rows.length,
    notes: [],
    where: (row) => `row ${row + 1}`,
    cell: (row, column) => rows[row]?.[columns[column] as string] as Cell,
  };
}
