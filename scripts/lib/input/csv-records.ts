/** The records of a delimited text: their fields and the 1-based line each starts on. */
export interface Records {
  rows: string[][];
  lines: number[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Splits text into records of fields (RFC 4180: fields may be quoted, with "" for a quote and
 * line breaks inside quotes). Accepts LF, CRLF or CR line ends and a missing final newline.
 * Skips lines that hold nothing but separators and spaces, as pandas skips blank lines.
 */
export function splitRecords(text: string, separator: string): Records {
  const records = text.includes('"') ? splitQuoted(text, separator) : splitPlain(text, separator);
  return dropBlank(records);
}

/** The fast path for the usual file without quotes: split lines, then fields. */
function splitPlain(text: string, separator: string): Records {
  const lines = splitLines(text);
  const rows: string[][] = [];
  const lineNumbers: number[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line.length === 0) continue;
    rows.push(line.split(separator));
    lineNumbers.push(i + 1);
  }
  return { rows, lines: lineNumbers };
}

/** Physical lines without their line ends, whichever of LF, CRLF or CR the file uses. */
export function splitLines(text: string): string[] {
  if (!text.includes("\n")) return text.split("\r");
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line.charCodeAt(line.length - 1) === CR) lines[i] = line.slice(0, -1);
  }
  return lines;
}

function splitQuoted(text: string, separator: string): Records {
  const sep = separator.charCodeAt(0);
  const rows: string[][] = [];
  const lines: number[] = [];
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;

  while (i <= text.length) {
    const { value, end } = readField(text, i, sep);
    fields.push(value);
    line += countLineBreaks(text, i, end);
    const next = text.charCodeAt(end);

    if (next === sep) {
      i = end + 1;
      continue;
    }
    rows.push(fields);
    lines.push(recordLine);
    fields = [];
    if (Number.isNaN(next)) break;

    i = next === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
    line += 1;
    recordLine = line;
  }
  return { rows, lines };
}

/** One field starting at `start`; `end` is the index of the separator or line end after it. */
function readField(text: string, start: number, sep: number): { value: string; end: number } {
  if (text.charCodeAt(start) !== QUOTE) {
    let end = start;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === sep || code === LF || code === CR) break;
      end += 1;
    }
    return { value: text.slice(start, end), end };
  }

  let value = "";
  let from = start + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close < 0) return { value: value + text.slice(from), end: text.length };
    value += text.slice(from, close);
    if (text.charCodeAt(close + 1) === QUOTE) {
      value += '"';
      from = close + 2;
      continue;
    }
    // Text after the closing quote and before the separator is kept, as lenient readers do.
    const rest = readField(text, close + 1, sep);
    return { value: value + rest.value, end: rest.end };
  }
}

function countLineBreaks(text: string, start: number, end: number): number {
  let breaks = 0;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === LF) breaks += 1;
    else if (code === CR && text.charCodeAt(i + 1) !== LF) breaks += 1;
  }
  return breaks;
}

function dropBlank(records: Records): Records {
  const rows: string[][] = [];
  const lines: number[] = [];
  records.rows.forEach((row, i) => {
    if (isBlank(row)) return;
    rows.push(row);
    lines.push(records.lines[i] as number);
  });
  return { rows, lines };
}

function isBlank(row: string[]): boolean {
  for (const field of row) if (field.trim() !== "") return false;
  return true;
}
