import { InputError } from "../errors.ts";
import { formatTime } from "./calendar.ts";
import { describe, type Source } from "./options.ts";

/** The rows in time order (indexes into the file's rows), with a note when they were moved. */
export interface TimeOrder {
  rows: Uint32Array;
  note: string | undefined;
}

/**
 * Oldest first: rows already in order stay, a newest-first file is reversed, any other order
 * is sorted. Refuses a timestamp that appears twice, naming it and both rows.
 */
export function timeOrder(
  timestamps: Float64Array,
  where: (row: number) => string,
  source: Source,
): TimeOrder {
  const count = timestamps.length;
  const identity = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) identity[i] = i;
  if (isStrictly(timestamps, (a, b) => a < b)) return { rows: identity, note: undefined };

  if (isStrictly(timestamps, (a, b) => a > b)) {
    return {
      rows: identity.reverse(),
      note: `${describe(source)} lists the newest row first; the rows were put oldest first.`,
    };
  }

  const rows = identity.sort(
    (a, b) => (timestamps[a] as number) - (timestamps[b] as number) || a - b,
  );
  refuseDuplicates(timestamps, rows, where, source);
  return {
    rows,
    note: `${describe(source)} is not in date order; the rows were sorted oldest first.`,
  };
}

function isStrictly(values: Float64Array, before: (a: number, b: number) => boolean): boolean {
  for (let i = 1; i < values.length; i += 1) {
    if (!before(values[i - 1] as number, values[i] as number)) return false;
  }
  return true;
}

function refuseDuplicates(
  timestamps: Float64Array,
  rows: Uint32Array,
  where: (row: number) => string,
  source: Source,
): void {
  for (let i = 1; i < rows.length; i += 1) {
    const earlier = rows[i - 1] as number;
    const later = rows[i] as number;
    if (timestamps[earlier] !== timestamps[later]) continue;
    throw new InputError(
      `${describe(source)}: the timestamp ${formatTime(timestamps[later] as number)} appears ` +
        `twice, on ${where(earlier)} and ${where(later)}.`,
      "Keep one row per timestamp (a pasted block twice? two series in one column?), then " +
        "run the command again.",
    );
  }
}
