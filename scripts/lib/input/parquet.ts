import { InputError } from "../errors.ts";
import { describe, type Source } from "./options.ts";
import type { Table } from "./table.ts";

/** Placeholder until a Parquet reader is wired in. */
export async function readParquet(_bytes: Buffer, source: Source): Promise<Table> {
  throw new InputError(
    `${describe(source)} is a Parquet file, which this version cannot read yet.`,
    "Export the series as CSV (pandas: df.to_csv('returns.csv')) and pass that file.",
  );
}
