import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";

import type { MlflowClient } from "../mlflow/client.ts";
import { encodeJson } from "../mlflow/json-codec.ts";
import type { Experiment, Run } from "../mlflow/types.ts";
import { maskSecrets } from "../output/logger.ts";
import { csvText, markdownText } from "../output/tables.ts";
import { type KeySets, allColumns } from "./columns.ts";
import {
  type RunSearch,
  RUN_ATTRIBUTES,
  TIME_ATTRIBUTES,
  flatRunRow,
  runPages,
  runRecord,
} from "./runs.ts";

/** Rows turned into CSV or Markdown at a time, read back from the spool file. */
const ROWS_PER_CHUNK = 1000;

export type ExportFormat = "csv" | "json" | "markdown";

export interface ExportSummary {
  runs: number;
  columns: string[];
  /** Resumes after the last run written, when the search's limit stopped it early. */
  nextPageToken: string | undefined;
}

export interface ExportOptions {
  /** Chooses the CSV or Markdown columns once every key is known; default: all of them. */
  columns?: (keys: KeySets) => string[];
  /** JSON: fields written after `experiments`, before the runs (runs --all adds its echo). */
  jsonHeader?: Record<string, unknown>;
  /** JSON: each run's record; default runRecord(run) with every key. */
  jsonRecord?: (run: Run) => unknown;
}

/**
 * Writes every run a search matches, one page at a time, so memory stays flat however large
 * the experiment is.
 *
 * JSON goes straight out, page by page: `{"status":"ok","experiments":[...],"runs":[...],
 * "count":N}`, each run shaped as in `runs --format json`. CSV and Markdown need every column
 * in their header before the first row, and a key may first appear in the last run, so each
 * page is spooled to a temporary file (one JSON line per run) while the keys are collected;
 * the rows are then read back in chunks and written under the full header. The temporary
 * folder is removed even on failure.
 */
export async function exportRuns(
  client: MlflowClient,
  search: RunSearch,
  experiments: readonly Experiment[],
  format: ExportFormat,
  out: Writable,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  if (format === "json") return exportJson(client, search, experiments, out, options);

  const spoolDir = mkdtempSync(join(tmpdir(), "mlflow-export-"));
  try {
    const spool = join(spoolDir, "runs.jsonl");
    const { count, keys, nextPageToken } = await spoolRuns(client, search, spool);
    const columns = (options.columns ?? allColumns)(keys);
    await writeTableFromSpool(spool, columns, format, out);
    return { runs: count, columns, nextPageToken };
  } finally {
    rmSync(spoolDir, { recursive: true, force: true });
  }
}

async function exportJson(
  client: MlflowClient,
  search: RunSearch,
  experiments: readonly Experiment[],
  out: Writable,
  options: ExportOptions,
): Promise<ExportSummary> {
  const header = {
    status: "ok",
    experiments: experiments.map((e) => ({ experiment_id: e.experimentId, name: e.name })),
    ...options.jsonHeader,
  };
  const record = options.jsonRecord ?? ((run: Run) => runRecord(run));
  await write(out, `${encodeJson(header).slice(0, -1)},"runs":[`);
  let count = 0;
  let nextPageToken: string | undefined;
  for await (const page of runPages(client, search)) {
    const text = page.items.map((run) => encodeJson(record(run))).join(",");
    if (text !== "") await write(out, `${count > 0 ? "," : ""}${text}`);
    count += page.items.length;
    nextPageToken = page.nextPageToken;
  }
  await write(out, `],"count":${count}}\n`);
  return { runs: count, columns: [...RUN_ATTRIBUTES, "metrics", "params", "tags"], nextPageToken };
}

/** Writes each run as a JSON line; returns the count, every key seen, and the last token. */
async function spoolRuns(
  client: MlflowClient,
  search: RunSearch,
  path: string,
): Promise<{ count: number; keys: KeySets; nextPageToken: string | undefined }> {
  const keys = { metrics: new Set<string>(), params: new Set<string>(), tags: new Set<string>() };
  const file = createWriteStream(path, { encoding: "utf8" });
  let count = 0;
  let nextPageToken: string | undefined;
  try {
    for await (const page of runPages(client, search)) {
      for (const run of page.items) collectKeys(run, keys);
      const lines = page.items.map((run) => `${encodeJson(flatRunRow(run))}\n`).join("");
      if (lines !== "") await write(file, lines);
      count += page.items.length;
      nextPageToken = page.nextPageToken;
    }
  } finally {
    file.end();
    await once(file, "close");
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return {
    count,
    keys: { metrics: sorted(keys.metrics), params: sorted(keys.params), tags: sorted(keys.tags) },
    nextPageToken,
  };
}

function collectKeys(run: Run, keys: Record<"metrics" | "params" | "tags", Set<string>>): void {
  for (const key of Object.keys(run.metrics)) keys.metrics.add(key);
  for (const key of Object.keys(run.params)) keys.params.add(key);
  for (const key of Object.keys(run.tags)) keys.tags.add(key);
}

async function writeTableFromSpool(
  spool: string,
  columns: readonly string[],
  format: "csv" | "markdown",
  out: Writable,
): Promise<void> {
  let chunk: Record<string, unknown>[] = [];
  let first = true;
  const flush = async () => {
    const data = { columns, rows: chunk, timeColumns: TIME_ATTRIBUTES };
    let text =
      format === "csv"
        ? csvText(data, first)
        : markdownText(data, { maxRows: 0, noun: "runs", rowsHint: "" });
    if (format === "markdown" && !first) text = text.split("\n").slice(2).join("\n");
    await write(out, text);
    first = false;
    chunk = [];
  };

  const lines = createInterface({ input: createReadStream(spool, { encoding: "utf8" }) });
  for await (const line of lines) {
    if (line === "") continue;
    chunk.push(decodeRow(line));
    if (chunk.length >= ROWS_PER_CHUNK) await flush();
  }
  if (chunk.length > 0 || first) await flush();
}

/** Reads back a spooled row, turning "NaN" and "±Infinity" metric values into numbers again. */
function decodeRow(line: string): Record<string, unknown> {
  const row = JSON.parse(line) as Record<string, unknown>;
  for (const [column, value] of Object.entries(row)) {
    if (!column.startsWith("metrics.") || typeof value !== "string") continue;
    row[column] = value === "NaN" ? NaN : value === "Infinity" ? Infinity : -Infinity;
  }
  return row;
}

/** Writes text, waiting when the stream asks to, so a slow reader cannot fill memory. */
async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(maskSecrets(text))) await once(out, "drain");
}
