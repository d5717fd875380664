import { parseFlags } from "../../cli/args.ts";
import type { Run } from "../../mlflow/types.ts";
import { formatBytes, formatTime } from "../../output/cells.ts";
import { printText } from "../../output/json.ts";
import { boundedTextTable } from "../../output/tables.ts";
import { type RunDescription, describeRun } from "../describe-run.ts";
import { runRecord } from "../runs.ts";
import {
  COMMON_FLAGS,
  SCRIPT,
  emit,
  parseFormat,
  parseTableRows,
  requirePositionals,
  uiUrl,
  withClient,
} from "./common.ts";

/** Rows per section of a described run: enough for every metric log_backtest writes. */
const RUN_TABLE_ROWS = 200;
/** Cells of a described run may be wider than in a listing: there are only two columns. */
const RUN_CELL_WIDTH = 100;

/** `run RUN_ID`: info, params, latest metrics, tags, dataset inputs and artifacts of one run. */
export async function runCommand(argv: string[]): Promise<void> {
  const { values: flags, positionals } = parseFlags(argv, COMMON_FLAGS, SCRIPT, true);
  const [runId] = requirePositionals(positionals, { min: 1, max: 1 }, "one RUN_ID: run RUN_ID");
  const format = parseFormat(flags.format);
  const tableRows = parseTableRows(flags["table-rows"], RUN_TABLE_ROWS);

  const { description, url } = await withClient(async (client) => {
    const description = await describeRun(client, runId!);
    const run = description.run;
    return { description, url: uiUrl(client.trackingUri, run.info.experimentId, run.info.runId) };
  });

  if (format === "table") {
    printText(runText(description, url, tableRows));
    return;
  }
  emit({
    format,
    json: () => runJson(description, url),
    table: { columns: ["section", "key", "value"], rows: sectionRows(description) },
    bounds: { maxRows: 0, noun: "rows", rowsHint: "" },
  });
}

function runJson(description: RunDescription, url: string): Record<string, unknown> {
  const { run, artifacts } = description;
  return {
    run: {
      ...runRecord(run),
      datasets: run.datasets.map((dataset) => ({
        name: dataset.name,
        digest: dataset.digest,
        source_type: dataset.sourceType,
        source: dataset.source,
        schema: dataset.schema ?? null,
        profile: dataset.profile ?? null,
        tags: dataset.tags,
      })),
      run_url: url,
    },
    artifacts:
      "error" in artifacts
        ? { error: artifacts.error }
        : {
            root_uri: artifacts.rootUri ?? null,
            files: artifacts.files.map((file) => ({
              path: file.path,
              is_dir: file.isDir,
              file_size: file.fileSize ?? null,
            })),
            truncated: artifacts.truncated,
          },
  };
}

/** The run as section, key, value rows: for CSV and Markdown. */
function sectionRows(description: RunDescription): Record<string, unknown>[] {
  const { run, artifacts } = description;
  const rows: Record<string, unknown>[] = [];
  const add = (section: string, entries: [string, unknown][]) => {
    for (const [key, value] of entries) rows.push({ section, key, value });
  };
  add("info", infoEntries(run));
  add("param", sorted(run.params));
  add("metric", sorted(run.metrics));
  add("tag", sorted(run.tags));
  add(
    "dataset",
    run.datasets.map((d) => [d.name, `digest ${d.digest}, ${d.sourceType} ${d.source}`.trim()]),
  );
  if ("error" in artifacts) add("artifact", [["(not listed)", artifacts.error]]);
  else
    add(
      "artifact",
      artifacts.files.map((f) => [f.path, f.isDir ? "folder" : formatBytes(f.fileSize)]),
    );
  return rows;
}

function infoEntries(run: Run): [string, unknown][] {
  const info = run.info;
  return [
    ["run_id", info.runId],
    ["run_name", info.runName],
    ["experiment_id", info.experimentId],
    ["status", info.status],
    ["start_time", formatTime(info.startTime)],
    ["end_time", formatTime(info.endTime)],
    ["user_id", info.userId],
    ["artifact_uri", info.artifactUri],
    ["lifecycle_stage", info.lifecycleStage],
  ];
}

function sorted<V>(values: Record<string, V>): [string, V][] {
  return Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The run as sections of two-column tables, each bounded by --table-rows. */
function runText(description: RunDescription, url: string, tableRows: number): string {
  const { run, artifacts } = description;
  const lines: string[] = [`Run "${run.info.runName ?? ""}" (${run.info.runId})`, `  ${url}`, ""];
  const section = (title: string, entries: [string, unknown][], hint: string) => {
    lines.push(`${title} (${entries.length})`);
    if (entries.length > 0) {
      const rows = entries.map(([key, value]) => ({ key, value }));
      const bounds = {
        maxRows: tableRows,
        maxCellWidth: RUN_CELL_WIDTH,
        noun: title.toLowerCase(),
        rowsHint: hint,
      };
      lines.push(boundedTextTable({ columns: ["key", "value"], rows }, bounds));
    }
    lines.push("");
  };
  const wider = "pass --table-rows 0, or --format json";
  section("Info", infoEntries(run), wider);
  section("Params", sorted(run.params), wider);
  section("Metrics", sorted(run.metrics), wider);
  section("Tags", sorted(run.tags), wider);
  section(
    "Datasets",
    run.datasets.map((d) => [d.name, `digest ${d.digest}, ${d.sourceType} ${d.source}`.trim()]),
    wider,
  );
  if ("error" in artifacts) {
    lines.push(`Artifacts: not listed (${artifacts.error})`);
  } else {
    const files = artifacts.files.map((f): [string, unknown] => [
      f.path,
      f.isDir ? "folder" : formatBytes(f.fileSize),
    ]);
    section("Artifacts", files, `run \`${SCRIPT} artifacts ${run.info.runId}\``);
    if (artifacts.truncated) lines.push(`Artifacts list cut short: run \`${SCRIPT} artifacts\`.`);
  }
  return lines.join("\n").trimEnd();
}
