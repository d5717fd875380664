import { InputError } from "../errors.ts";
import { chooseColumns } from "./columns.ts";
import { parseDates } from "./dates.ts";
import { countMissing } from "./missing.ts";
import { missingWarning } from "./missing-report.ts";
import { parseValues } from "./numbers.ts";
import { describe, sourceOf, type ReadOptions, type Source } from "./options.ts";
import { timeOrder } from "./order.ts";
import { presentInOrder } from "./present.ts";
import { readInputFile } from "./read-file.ts";
import { readTable } from "./read-table.ts";
import { toReturns } from "./to-returns.ts";
import { columnLabel } from "./table.ts";
import type { LoadedSeries } from "./types.ts";

export type { ReadOptions } from "./options.ts";

/**
 * Reads a series of returns or prices from a CSV, TSV, JSON or Parquet file and turns it into
 * simple returns, oldest first. Every problem is an InputError naming the file and the row or
 * value, and saying what to do; what was guessed or dropped is listed in `warnings`.
 * references/input-formats.md describes what is accepted.
 */
export async function readSeries(path: string, options: ReadOptions = {}): Promise<LoadedSeries> {
  const source = sourceOf(path, options);
  const { bytes, sha256 } = await readInputFile(source);
  const table = await readTable(bytes, source);
  const columns = chooseColumns(table, options, source);
  const label = columnLabel(table, columns.value);
  // Notes in the order things happened; undefined where there was nothing to say.
  const warnings: Array<string | undefined> = [...table.notes];

  const dates =
    columns.date === undefined
      ? undefined
      : parseDates(table, columns.date, options.dateFormat, source);
  const parsed = parseValues(table, columns.value, source);
  const order = dates ? timeOrder(dates.timestamps, table.where, source) : undefined;
  warnings.push(dates ? dates.note : noDatesWarning(source), order?.note);

  const present = presentInOrder(parsed.values, dates?.timestamps, order?.rows);
  if (present.values.length < 2) refuseTooFew(present.values.length, label, source);
  const where = (i: number) => table.where(present.rows[i] as number);

  const converted = toReturns(present, parsed.percentSigns, where, options, source);
  if (converted.returns.length < 2) refuseTooFew(converted.returns.length, label, source);
  const gaps = countMissing(present.valuesWithGaps);
  warnings.push(missingWarning(gaps, label, converted.kind, source), converted.warning);

  return {
    file: path,
    sha256,
    column: table.columns[columns.value] as string,
    dateColumn: columns.date === undefined ? undefined : table.columns[columns.date],
    kind: converted.kind,
    kindReason: converted.kindReason,
    scale: converted.scale,
    rows: table.rowCount,
    prices: converted.prices,
    returns: converted.returns,
    timestamps: converted.timestamps,
    warnings: warnings.filter((warning) => warning !== undefined),
  };
}

function noDatesWarning(source: Source): string {
  return (
    `${describe(source)} has no dates: the returns are taken in file order, and metrics by ` +
    "calendar (monthly, yearly) cannot be computed. Add a date column if you have one."
  );
}

function refuseTooFew(count: number, column: string, source: Source): never {
  throw new InputError(
    `${describe(source)} gives ${count} return(s) from ${column}; at least two are needed.`,
    `Pass a file with more rows (prices need three for two returns), or check ${source.flags.column}.`,
  );
}
