import { parseFlags } from "../../cli/args.ts";
import type { Run } from "../../mlflow/types.ts";
import { formatTime, formatTimeExact } from "../../output/cells.ts";
import { type ComparedRow, type Comparison, compareRuns } from "../compare.ts";
import {
  COMMON_FLAGS,
  SCRIPT,
  emit,
  parseFormat,
  parseTableRows,
  requirePositionals,
  withClient,
} from "./common.ts";

const FLAGS = {
  ...COMMON_FLAGS,
  "only-diff": { type: "boolean" },
  "with-tags": { type: "boolean" },
} as const;

/** Rows of a comparison shown by default: every metric log_backtest writes fits. */
const COMPARE_TABLE_ROWS = 200;
const TIME_ATTRIBUTES = new Set(["start_time", "end_time"]);

/** `compare RUN_ID RUN_ID...`: runs side by side, differences marked with *. */
export async function compareCommand(argv: string[]): Promise<void> {
  const { values: flags, positionals } = parseFlags(argv, FLAGS, SCRIPT, true);
  const runIds = requirePositionals(
    positionals,
    { min: 2 },
    "two or more run ids: compare RUN_ID RUN_ID...",
  );
  const format = parseFormat(flags.format);
  const tableRows = parseTableRows(flags["table-rows"], COMPARE_TABLE_ROWS);

  const comparison = await withClient((client) =>
    compareRuns(client, runIds, { withTags: flags["with-tags"] ?? false }),
  );
  const onlyDiff = flags["only-diff"] ?? false;
  const rows = onlyDiff ? comparison.rows.filter(keptByOnlyDiff) : comparison.rows;
  const labels = runLabels(comparison.runs);
  const twoRuns = comparison.runs.length === 2;
  const differing = comparison.rows.filter((row) => row.kind !== "attribute" && row.differs).length;

  const exact = format === "csv";
  const tableRowsData = rows.map((row) => {
    const cells: Record<string, unknown> = {
      diff: row.differs ? "*" : "",
      kind: row.kind,
      key: row.key,
    };
    row.values.forEach((value, index) => {
      cells[labels[index]!] = displayValue(row, value, exact);
    });
    if (twoRuns) cells.delta = row.delta;
    return cells;
  });

  emit({
    format,
    json: () => compareJson(comparison, rows, differing),
    table: {
      columns: ["diff", "kind", "key", ...labels, ...(twoRuns ? ["delta"] : [])],
      rows: tableRowsData,
    },
    bounds: {
      maxRows: tableRows,
      noun: "rows",
      rowsHint: onlyDiff
        ? "pass --table-rows 0, or --format csv"
        : "pass --only-diff, --table-rows 0, or --format csv",
      columnsHint: "compare fewer runs at a time, or use --format json",
    },
    heading: [
      `Comparing ${comparison.runs.length} runs: ${differing} params and metrics differ (*).`,
      "",
    ],
  });
}

/** With --only-diff: the rows that differ, and the run names, which tell the columns apart. */
function keptByOnlyDiff(row: ComparedRow): boolean {
  return row.differs || (row.kind === "attribute" && row.key === "run_name");
}

function compareJson(comparison: Comparison, rows: readonly ComparedRow[], differing: number) {
  return {
    runs: comparison.runs.map((run) => ({
      run_id: run.info.runId,
      run_name: run.info.runName ?? null,
      experiment_id: run.info.experimentId,
    })),
    differing,
    rows: rows.map((row) => ({
      kind: row.kind,
      key: row.key,
      values: Object.fromEntries(
        comparison.runs.map((run, index) => [run.info.runId, row.values[index] ?? null]),
      ),
      differs: row.differs,
      ...(row.delta !== undefined ? { delta: row.delta } : {}),
    })),
  };
}

function displayValue(row: ComparedRow, value: unknown, exact: boolean): unknown {
  if (row.kind === "attribute" && TIME_ATTRIBUTES.has(row.key)) {
    return exact ? formatTimeExact(value) : formatTime(value);
  }
  return value;
}

/** A column name per run: its name, with the id's start added where names repeat. */
function runLabels(runs: readonly Run[]): string[] {
  const names = runs.map((run) => run.info.runName || run.info.runId.slice(0, 8));
  return names.map((name, index) => {
    const repeated = names.filter((other) => other === name).length > 1;
    const reserved = ["diff", "kind", "key", "delta"].includes(name);
    return repeated || reserved ? `${name} (${runs[index]!.info.runId.slice(0, 8)})` : name;
  });
}
