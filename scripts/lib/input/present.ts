/**
 * The rows that hold a value, in time order. Missing values (NaN) are left out here, which
 * makes returns drop them and prices span them (each return runs from the last price before).
 */
/** The present values, their timestamps and their rows, in time order. */
export interface PresentValues {
  values: Float64Array;
  timestamps: Float64Array | null;
  rows: Uint32Array;
  /** Every row's value in time order, NaN where missing: where the gaps are. */
  valuesWithGaps: Float64Array;
}

export function presentInOrder(
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
