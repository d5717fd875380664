/**
 * The cell texts that mean "no value", as pandas `read_csv` reads them by default (its
 * `na_values` list), compared after trimming spaces. Anything else that is not a number is
 * text, and refused.
 */
const MISSING_TEXTS = new Set([
  "",
  "#N/A",
  "#N/A N/A",
  "#NA",
  "-1.#IND",
  "-1.#QNAN",
  "-NaN",
  "-nan",
  "1.#IND",
  "1.#QNAN",
  "<NA>",
  "N/A",
  "NA",
  "NULL",
  "NaN",
  "None",
  "n/a",
  "nan",
  "null",
]);

export function isMissingText(text: string): boolean {
  return MISSING_TEXTS.has(text.trim());
}

/** How many rows had no value, split by where they sit, for the warning that reports them. */
export interface MissingCount {
  /** Before the first value: a series that starts later than the file. */
  leading: number;
  /** Between the first and the last value: gaps. */
  inside: number;
  /** After the last value. */
  trailing: number;
}

/** Counts the NaN entries of `values` (in time order) by where they sit. */
export function countMissing(values: Float64Array): MissingCount {
  let first = 0;
  while (first < values.length && Number.isNaN(values[first])) first += 1;
  let last = values.length - 1;
  while (last >= first && Number.isNaN(values[last])) last -= 1;

  let inside = 0;
  for (let i = first; i <= last; i += 1) if (Number.isNaN(values[i])) inside += 1;
  return { leading: first, inside, trailing: values.length - 1 - last };
}
