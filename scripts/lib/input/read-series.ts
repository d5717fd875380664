import { InputError } from "../errors.ts";
import { chooseColumns } from "./columns.ts";
import { parseDates } from "./dates.ts";
import { decideKind } from "./kind.ts";
import { countMissing } from "./missing.ts";
import { missingWarning } from "./missing-report.ts";
import { parseValues } from "./numbers.ts";
import { describe, sourceOf, type ReadOptions, type Source } from "./options.ts";
import { timeOrder } from "./order.ts";
import { readInputFile } from "./read-file.ts";
import { readTable } from "./read-table.ts";
import { returnsFromPrices, returnsFromValues } from "./returns.ts";
import { decideScale } from "./scale.ts";
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
  const column = table.columns[columns.value] as string;
  const warnings = [...table.notes];

  const dates =
    columns.date === undefined
      ? undefined
      : parseDates(table, columns.date, options.dateFormat, source);
  const parsed = parseValues(table, columns.value, source);
  const order = dates ? timeOrder(dates.timestamps, table.where, source) : undefined;
  if (dates?.note) warnings.push(dates.note);
  if (order?.note) warnings.push(order.note);
  if (!dates) warnings.push(noDatesWarning(source));

  const present = presentInOrder(parsed.values, dates?.timestamps, order?.rows);
  const { values, rows } = present;
  const times = present.timestamps;
  const where = (i: number) => table.where(rows[i] as number);
  if (values.length < 2) refuseTooFew(values.length, columnLabel(table, columns.value), source);

  const kind = decideKind(values, where, options, source);
  const missing = missingWarning(
    countMissing(present.valuesWithGaps),
    columnLabel(table, columns.value),
    kind.kind,
    source,
  );
  if (missing) warnings.push(missing);

  let returns: Float64Array;
  let timestamps: Float64Array | null;
  let scale: 1 | 0.01 = 1;
  let kindReason = kind.reason;
  if (kind.kind === "prices") {
    refuseScaleOnPrices(options, source);
    returns = returnsFromPrices(values, where, source);
    timestamps = times ? times.slice(1) : null;
  } else {
    const decided = decideScale(values, times, parsed.percentSigns, options, source);
    scale = decided.scale;
    kindReason = `${kind.reason}; ${decided.reason}`;
    if (scale === 0.01 && options.scale !== "percent") {
      warnings.push(`${describe(source)}: the returns were read as ${decided.reason}.`);
    }
    returns = returnsFromValues(values, scale, where, source);
    timestamps = times;
  }
  if (returns.length < 2) refuseTooFew(returns.length, columnLabel(table, columns.value), source);

  return {
    file: path,
    sha256,
    column,
    dateColumn: columns.date === undefined ? undefined : table.columns[columns.date],
    kind: kind.kind,
    kindReason,
    scale,
    rows: table.rowCount,
    prices: kind.kind === "prices" ? values : null,
    returns,
    timestamps,
    warnings,
  };
}

/** The present values, their timestamps and their rows, in time order. */
interface PresentValues {
  values: Float64Array;
  timestamps: Float64Array | null;
  rows: Uint32Array;
  /** Every row's value in time order, NaN where missing: where the gaps are. */
  valuesWithGaps: Float64Array;
}

function presentInOrder(
  parsed: Float64Array,
  parsedTimes: Float64Array | undefined,
  order: Uint32Array | undefined,
): PresentValues {
  const valuesWithGaps = new Float64Array(parsed.length);
  const rows = new Uint32Array(parsed.length);
  let count = 0;
  for (let i = 0; i < parsed.length; i += 1) {
    const row = order === undefined ? i : (order[i] as number);
    const value = parsed[row] as number;
    valuesWithGaps[i] = value;
    if (Number.isNaN(value)) continue;
    rows[count] = row;
    count += 1;
  }

  const kept = rows.slice(0, count);
  const values = new Float64Array(count);
  const timestamps = parsedTimes ? new Float64Array(count) : null;
  for (let i = 0; i < count; i += 1) {
    const row = kept[i] as number;
    values[i] = parsed[row] as number;
    if (timestamps && parsedTimes) timestamps[i] = parsedTimes[row] as number;
  }
  return { values, timestamps, rows: kept, valuesWithGaps };
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
    "Pass a file with more rows (prices need three for two returns), or check --column.",
  );
}

function refuseScaleOnPrices(options: { scale?: string | undefined }, source: Source): void {
  if (options.scale !== "percent") return;
  throw new InputError(
    `${describe(source)} holds prices, and --scale percent applies to returns only.`,
    "Drop --scale, or pass --kind returns if the values are returns in percent.",
  );
}
