import { splitLines } from "./csv-records.ts";

/** Separators tried, in the order that wins a tie (a semicolon file often has decimal commas). */
const CANDIDATES = ["\t", ";", ",", "|"] as const;
/** Lines looked at to choose the separator. */
const SAMPLE_LINES = 200;
/** Lines at the top left out of the vote: a preamble or a header may sit there. */
const TOP_LINES_SKIPPED = 10;

/**
 * The separator that splits the body of the file into the same number of fields (two or
 * more) on the most lines; a comma when no candidate splits anything (a one-column file).
 */
export function detectSeparator(text: string): string {
  const sample = splitLines(text.slice(0, 256 * 1024))
    .filter((line) => line.trim() !== "")
    .slice(0, SAMPLE_LINES);
  const skipped = Math.min(TOP_LINES_SKIPPED, Math.floor(sample.length / 2));
  const body = sample.slice(skipped);

  let best: { separator: string; agreeing: number } = { separator: ",", agreeing: 0 };
  for (const separator of CANDIDATES) {
    const counts = body.map((line) => countFields(line, separator));
    const { value: fields, times } = mode(counts);
    if (fields >= 2 && times > best.agreeing) best = { separator, agreeing: times };
  }
  return best.separator;
}

/** Fields on one line, not counting separators inside double quotes. */
export function countFields(line: string, separator: string): number {
  let fields = 1;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) fields += 1;
  }
  return fields;
}

function mode(values: number[]): { value: number; times: number } {
  const tally = new Map<number, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  let best = { value: 0, times: 0 };
  for (const [value, times] of tally) if (times > best.times) best = { value, times };
  return best;
}
