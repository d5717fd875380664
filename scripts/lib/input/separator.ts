import { splitLines } from "./csv-records.ts";

/** Separators tried, in the order that wins a tie (a semicolon file often has decimal commas). */
const CANDIDATES = ["\t", ";", ",", "|"] as const;
/** Lines looked at to choose the separator: the last ones of the file's first 256 KiB. */
const SAMPLE_LINES = 200;
const SAMPLE_CHARS = 256 * 1024;

/**
 * The separator that splits the body of the file into the same number of fields (two or
 * more) on the most lines; a comma when no candidate splits anything (a one-column file).
 * The body is sampled from the end of the text read, away from any preamble and header.
 */
export function detectSeparator(text: string): string {
  const lines = splitLines(text.slice(0, SAMPLE_CHARS)).filter((line) => line.trim() !== "");
  if (text.length > SAMPLE_CHARS) lines.pop(); // the last line may be cut short
  const body = lines.length > 1 ? lines.slice(1).slice(-SAMPLE_LINES) : lines;

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
