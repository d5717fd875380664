import { once } from "node:events";
import { createWriteStream, existsSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Writable } from "node:stream";

import { parseFlags } from "../../cli/args.ts";
import { UsageError } from "../../errors.ts";
import type { Page } from "../../mlflow/client.ts";
import type { Run } from "../../mlflow/types.ts";
import { printJson, printText } from "../../output/json.ts";
import { log } from "../../output/logger.ts";
import { boundedTextTable } from "../../output/tables.ts";
import { keySetsOf, screenColumns } from "../columns.ts";
import { type ExportFormat, exportRuns } from "../export.ts";
import { type RunSearch, TIME_ATTRIBUTES, flatRunRow, runPages } from "../runs.ts";
import {
  COMMON_FLAGS,
  SCRIPT,
  parseFormat,
  parseTableRows,
  parseView,
  withClient,
} from "./common.ts";
import { SEARCH_FLAGS, combineFilter, experimentsToSearch } from "./runs.ts";

const FLAGS = {
  ...COMMON_FLAGS,
  ...SEARCH_FLAGS,
  "order-by": { type: "string", multiple: true },
  output: { type: "string", short: "o" },
} as const;

/**
 * `export --experiment NAME`: every run, one column per attribute, metric, param and tag, as
 * `mlflow experiments csv` wrote them. CSV by default; JSON and Markdown too. Written to
 * --output (through a temporary name, so a failed export leaves no half file) or to stdout.
 */
export async function exportCommand(argv: string[]): Promise<void> {
  const { values: flags } = parseFlags(argv, FLAGS, SCRIPT);
  const format = parseFormat(flags.format, "csv");
  const tableRows = parseTableRows(flags["table-rows"]);
  if (!flags.experiment?.length) {
    throw new UsageError(
      "export needs --experiment NAME (or id).",
      "Pass --experiment, repeated for several; list them with `query_runs experiments`.",
    );
  }
  const viewType = parseView(flags.view);
  const filter = combineFilter(flags);

  await withClient(async (client) => {
    const experiments = await experimentsToSearch(client, flags.experiment!, viewType);
    const search: RunSearch = {
      experimentIds: experiments.map((experiment) => experiment.experimentId),
      filter,
      orderBy: flags["order-by"] ?? [],
      viewType,
      limit: Infinity,
    };

    // "-" is stdout, as for most command-line tools.
    if (flags.output === undefined || flags.output === "-") {
      if (format === "table") printText(await previewTable(runPages(client, search), tableRows));
      else await exportRuns(client, search, experiments, format, process.stdout);
      return;
    }

    const file = resolve(flags.output);
    const fileFormat = formatForFile(file, format);
    const summary = await exportToFile(file, (out) =>
      exportRuns(client, search, experiments, fileFormat, out),
    );
    log.info(`Wrote ${summary.runs} runs to ${file}.`);
    if (format === "json") {
      printJson({
        status: "ok",
        file,
        file_format: fileFormat,
        runs: summary.runs,
        columns: summary.columns.length,
      });
      return;
    }
    const names = experiments.map((experiment) => `"${experiment.name}"`).join(", ");
    printText(
      `Exported ${summary.runs} runs of ${names} to ${file} ` +
        `(${fileFormat}, ${summary.columns.length} columns).`,
    );
  });
}

/**
 * What goes in the file: told by its extension (.csv, .json, .md), else by --format, else CSV.
 * So `--output runs.csv --format json` writes CSV and prints a JSON summary.
 */
export function formatForFile(file: string, format: string): ExportFormat {
  const extension = file.toLowerCase().split(".").pop() ?? "";
  if (extension === "csv") return "csv";
  if (extension === "json") return "json";
  if (extension === "md" || extension === "markdown") return "markdown";
  return format === "json" || format === "markdown" ? format : "csv";
}

/** Writes through `FILE.partial`, renamed to FILE only once everything is written. */
async function exportToFile<T>(file: string, write: (out: Writable) => Promise<T>): Promise<T> {
  const partial = `${file}.partial`;
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new UsageError(
      `--output ${file} is a folder.`,
      "Pass a file name, e.g. --output runs.csv (a file with that name is replaced).",
    );
  }
  let fd: number;
  try {
    fd = openSync(partial, "w");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new UsageError(
      `--output ${file} cannot be written (${code}).`,
      "Pass a path in a folder that exists and that you can write to.",
    );
  }
  const out = createWriteStream(partial, { fd, encoding: "utf8" });
  try {
    const result = await write(out);
    out.end();
    await once(out, "finish");
    renameSync(partial, file);
    return result;
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

/** The first rows of the export on screen, counting the rest without keeping them. */
async function previewTable(pages: AsyncGenerator<Page<Run>>, tableRows: number): Promise<string> {
  const kept: Run[] = [];
  let total = 0;
  for await (const page of pages) {
    for (const run of page.items) if (tableRows === 0 || kept.length < tableRows) kept.push(run);
    total += page.items.length;
  }
  const table = {
    columns: screenColumns(keySetsOf(kept), []),
    rows: kept.map(flatRunRow),
    timeColumns: TIME_ATTRIBUTES,
  };
  return boundedTextTable(table, {
    maxRows: 0,
    noun: "runs",
    totalRows: total,
    rowsHint: "write them all with --format csv --output FILE",
    columnsHint: "every column is in --format csv",
  });
}
