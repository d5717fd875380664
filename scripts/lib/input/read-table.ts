import { readDelimited } from "./csv.ts";
import { detectFormat } from "./detect-format.ts";
import { readJson } from "./json.ts";
import type { Source } from "./options.ts";
import { readParquet } from "./parquet.ts";
import type { Table } from "./table.ts";

/** The file's rows and columns, whatever its format; notes from decoding come along. */
export async function readTable(bytes: Buffer, source: Source): Promise<Table> {
  const detected = detectFormat(bytes, source);
  if (detected.format === "parquet") return readParquet(bytes, source);

  const table =
    detected.format === "json"
      ? readJson(detected.text, source)
      : readDelimited(detected.text, source);
  table.notes.unshift(...detected.notes);
  return table;
}
