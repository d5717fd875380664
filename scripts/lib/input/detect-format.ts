import { extname } from "node:path";

import { InputError } from "../errors.ts";
import { describe, type Source } from "./options.ts";
import { decodeWindows1252 } from "./windows-1252.ts";

export type InputFormat = "delimited" | "json" | "parquet";

/** What a file holds: its format and, for text formats, the decoded text without a BOM. */
export interface DetectedInput {
  format: InputFormat;
  text: string;
  notes: string[];
}

/** How much of the file is looked at to tell text from binary. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control characters above which bytes that are not UTF-8 count as binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Tells Parquet, JSON and delimited text apart from the bytes (the extension only settles
 * Parquet), and refuses binary content with a hint at what it probably is.
 */
export function detectFormat(bytes: Buffer, source: Source): DetectedInput {
  if (startsWith(bytes, "PAR1")) return { format: "parquet", text: "", notes: [] };
  refuseKnownBinary(bytes, source);

  const { text, notes } = decodeText(bytes, source);
  const firstChar = text.trimStart()[0];
  if (firstChar === undefined) {
    throw new InputError(
      `${describe(source)} holds only blank space.`,
      "Export the series again, or point to the file that holds it.",
    );
  }

  const looksLikeJson = firstChar === "[" || firstChar === "{";
  return { format: looksLikeJson ? "json" : "delimited", text, notes };
}

function refuseKnownBinary(bytes: Buffer, source: Source): void {
  const where = describe(source);
  if (extname(source.file).toLowerCase() === ".parquet") {
    throw new InputError(
      `${where} is named .parquet but does not start with the Parquet marker PAR1.`,
      "Write it again with pandas `to_parquet` (or pyarrow), or export CSV instead.",
    );
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new InputError(
      `${where} is gzip-compressed.`,
      `Decompress it first (gunzip ${source.file}) and pass the .csv it holds.`,
    );
  }
  if (startsWith(bytes, "PK\x03\x04")) {
    throw new InputError(
      `${where} is a zip archive (an .xlsx workbook is one).`,
      "Unzip it, or save the sheet as CSV from the spreadsheet, and pass that file.",
    );
  }
}

/**
 * UTF-8 (BOM dropped), UTF-16 with a BOM, or Windows-1252 (Latin-1 with the euro sign and curly
 * quotes) for text that is nearly all printable.
 */
function decodeText(bytes: Buffer, source: Source): { text: string; notes: string[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), notes: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), notes: [] };
  }

  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) refuseBinary(source, "it contains NUL bytes");

  try {
    // The decoder drops a UTF-8 byte-order mark by itself (ignoreBOM is false by default).
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), notes: [] };
  } catch {
    if (controlShare(sniff) > MAX_CONTROL_SHARE) refuseBinary(source, "it is not text");
    const note =
      `${describe(source)} is not valid UTF-8; it was read as Windows-1252 (Excel on Windows ` +
      "saves CSV so). Check any names with accents in the messages.";
    return { text: decodeWindows1252(bytes), notes: [note] };
  }
}

function controlShare(bytes: Buffer): number {
  let controls = 0;
  for (const byte of bytes) {
    const isControl = byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d;
    if (isControl) controls += 1;
  }
  return controls / Math.max(bytes.length, 1);
}

function refuseBinary(source: Source, why: string): never {
  throw new InputError(
    `${describe(source)} holds binary content (${why}), not a CSV, JSON or Parquet series.`,
    "Export the returns or prices as CSV (date and value columns) and pass that file.",
  );
}

function startsWith(bytes: Buffer, marker: string): boolean {
  return bytes.subarray(0, marker.length).toString("latin1") === marker;
}
