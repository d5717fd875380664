import { parseFlags } from "../../cli/args.ts";
import { UsageError } from "../../errors.ts";
import type { MetricPoint } from "../../mlflow/types.ts";
import { printText } from "../../output/json.ts";
import { boundedTextTable, markdownText, wrapText } from "../../output/tables.ts";
import { type HistoryResult, metricHistories, samplePoints, summarise } from "../history.ts";
import {
  COMMON_FLAGS,
  SCRIPT,
  emit,
  parseFormat,
  parseTableRows,
  requirePositionals,
  splitList,
  withClient,
} from "./common.ts";

const FLAGS = {
  ...COMMON_FLAGS,
  metrics: { type: "string" },
  all: { type: "boolean" },
} as const;

const POINT_COLUMNS = ["key", "step", "timestamp", "value"];
const SUMMARY_COLUMNS = [
  "key",
  "points",
  "first_step",
  "last_step",
  "first_time",
  "last_time",
  "min",
  "max",
  "last",
];

/** `history RUN_ID --metrics a,b | --all`: every logged point of a run's metrics. */
export async function historyCommand(argv: string[]): Promise<void> {
  const { values: flags, positionals } = parseFlags(argv, FLAGS, SCRIPT, true);
  const [runId] = requirePositionals(
    positionals,
    { min: 1, max: 1 },
    "history RUN_ID --metrics a,b",
  );
  const format = parseFormat(flags.format);
  const tableRows = parseTableRows(flags["table-rows"]);
  const keys = splitList(flags.metrics);
  if (keys.length > 0 === Boolean(flags.all)) {
    throw new UsageError(
      "history needs either --metrics or --all, not both and not neither.",
      "Pass --metrics curves/cumulative_return,curves/drawdown (a run's keys: `run RUN_ID`), or --all.",
    );
  }

  const result = await withClient((client) =>
    metricHistories(client, runId!, flags.all ? "all" : keys),
  );
  const allPoints = result.series.flatMap((series) => series.points.map(pointRow));

  if (format === "json") {
    emit({
      format,
      json: () => historyJson(result),
      table: { columns: [], rows: [] },
      bounds: noBounds,
    });
    return;
  }
  if (format === "csv") {
    const table = { columns: POINT_COLUMNS, rows: allPoints, timeColumns: new Set(["timestamp"]) };
    emit({ format, json: () => ({}), table, bounds: noBounds });
    return;
  }

  // Each metric gets an even share of the rows (at least its last point), and the total is cut
  // to --table-rows, so a run with many metrics stays bounded too.
  const seriesCount = Math.max(1, result.series.length);
  const perSeries = tableRows === 0 ? 0 : Math.max(1, Math.floor(tableRows / seriesCount));
  const spread = result.series.flatMap((series) =>
    samplePoints(series.points, perSeries).map(pointRow),
  );
  const sampled = tableRows === 0 ? spread : spread.slice(0, tableRows);
  const notes =
    sampled.length < allPoints.length
      ? [
          `Showing ${sampled.length} of ${allPoints.length} points, spread evenly from the first ` +
            "to the last of each metric. For every point: --format csv (or json), or --table-rows 0.",
        ]
      : [];
  const summaries = result.series.map(summarise);
  const times = new Set(["timestamp", "first_time", "last_time"]);
  const summaryTable = { columns: SUMMARY_COLUMNS, rows: summaries, timeColumns: times };
  const pointsTable = { columns: POINT_COLUMNS, rows: sampled, timeColumns: times };
  const bounds = {
    maxRows: tableRows,
    noun: "metrics",
    rowsHint: "name fewer with --metrics, or pass --table-rows 0",
  };

  if (format === "markdown") {
    const parts = [markdownText(summaryTable, bounds), markdownText(pointsTable, noBounds)];
    printText([...parts, ...notes.map((note) => `_${note}_`)].join("\n"));
    return;
  }
  const title = `Metric history of run "${result.run.info.runName ?? ""}" (${result.run.info.runId})`;
  const parts = [title, "", boundedTextTable(summaryTable, bounds), ""];
  parts.push(boundedTextTable(pointsTable, noBounds));
  if (notes.length > 0) parts.push("", ...notes.map((note) => wrapText(note)));
  printText(parts.join("\n"));
}

function pointRow(point: MetricPoint): Record<string, unknown> {
  return { key: point.key, step: point.step, timestamp: point.timestamp, value: point.value };
}

const noBounds = { maxRows: 0, noun: "points", rowsHint: "" };

function historyJson(result: HistoryResult): Record<string, unknown> {
  return {
    run_id: result.run.info.runId,
    run_name: result.run.info.runName ?? null,
    metrics: Object.fromEntries(
      result.series.map((series) => [
        series.key,
        series.points.map(({ step, timestamp, value }) => ({ step, timestamp, value })),
      ]),
    ),
    missing: result.missing,
  };
}
