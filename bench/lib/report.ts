import { BATCH_CONCURRENCY } from "../../scripts/lib/mlflow/batch.ts";
import type { CeilingResult } from "../cases/ceiling.ts";
import { CEILING_GOAL } from "../cases/ceiling.ts";
import type { Row } from "./context.ts";
import type { Machine } from "./machine.ts";
import { type Spread, seconds } from "./measure.ts";
import type { RunContents } from "./raw-rest.ts";

export interface Results {
  machine: Machine;
  server: { workers: number; backend: string; store: string; url: string };
  rounds: number;
  rows: Row[];
  ceiling: CeilingResult | undefined;
  contents: Record<string, RunContents>;
  scale: Row[];
  /** The 1-minute load average at the end. */
  loadAtEnd: number;
  /** bench/metrics.ts's own table, when it ran. */
  metricsTable: string | undefined;
}

/** The results as Markdown: the machine line, the main table, the ceiling, the scale table. */
export function markdown(results: Results): string {
  const { machine, server } = results;
  const loads = results.rows.map((row) => row.load.median);
  const parts = [
    `Measured ${machine.date} UTC on ${machine.cpus} CPUs (${machine.cpuModel}), ` +
      `${machine.memoryGiB.toFixed(0)} GiB RAM; Node ${machine.node}, Python ${machine.python}, ` +
      `MLflow ${machine.mlflow} (server and Python client), QuantStats ${machine.quantstats}. ` +
      `Server: the project's own \`mlflow server\`, ` +
      `${server.backend === "postgres" ? "PostgreSQL" : "SQLite"} ${server.store}, ` +
      `${server.workers} uvicorn workers. Load average (1 min) ` +
      `${machine.loadAtStart[0]?.toFixed(1)} at the start, ${results.loadAtEnd.toFixed(1)} at ` +
      `the end, ${range(loads)} across the cases (medians): the machine is shared. ` +
      "Commands of a case ran in turn, round after round; wall and CPU time (user + system) " +
      "are of the whole process, medians, wall with (min–max); peak RSS is GNU time's.",
    "",
    table(results.rows),
    "",
    goals(results),
  ];
  if (Object.keys(results.contents).length > 0) parts.push("", contentsTable(results.contents));
  if (results.ceiling) parts.push("", ceilingTable(results.ceiling));
  if (results.scale.length > 0) {
    parts.push("", "Scale (time and peak memory by size):", "", scaleTable(results));
  }
  if (results.metricsTable) {
    parts.push("", "Metrics alone (`bench/metrics.ts`, no server):", "", results.metricsTable);
  }
  return `${parts.join("\n")}\n`;
}

function table(rows: readonly Row[]): string {
  const lines = [
    "| case | command | runs | wall | CPU | peak RSS | vs Python | goal |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const row of rows) {
    const versus = row.versus ? `${row.versus.speedup.toFixed(1)}× faster` : (row.note ?? "");
    lines.push(
      `| ${row.case} | ${row.command} | ${row.runs} | ${spreadText(row.wallMs)} ` +
        `| ${seconds(row.cpuMs.median)} ` +
        `| ${row.maxRssMiB.median.toFixed(0)} MiB | ${versus} | ${goalText(row)} |`,
    );
  }
  return lines.join("\n");
}

/**
 * One line per goal: met or not, and for the server-bound cases the best any client could do
 * on this server, from the raw measurements: the same points at the server's ceiling, the
 * same pages fetched raw.
 */
function goals(results: Results): string {
  const lines = ["Goals:"];
  const withGoal = results.rows.filter((row) => row.versus?.goal !== undefined);
  for (const row of withGoal) {
    const { speedup, goal } = row.versus!;
    const verdict = speedup >= goal! ? "met" : "not met";
    lines.push(
      `- ${row.case}, ${row.command}: ${speedup.toFixed(1)}× faster than Python, goal ${goal}×: ` +
        `${verdict}.${bound(results, row)}`,
    );
  }
  if (results.ceiling) {
    const fraction = results.ceiling.fraction;
    lines.push(
      `- Within 20% of the server's ceiling: ${percent(fraction)} of it: ` +
        `${fraction >= CEILING_GOAL ? "met" : "not met"}.`,
    );
  }
  return lines.join("\n");
}

/** For a server-bound case, the most any client could beat Python by here, measured. */
function bound(results: Results, row: Row): string {
  const python = results.rows.find(
    (other) => other.case === row.case && other.command === row.versus?.command,
  );
  if (!python) return "";
  if (row.case.startsWith("Log") && row.case.includes("history") && results.ceiling) {
    const points = Number(/[\d,]+/.exec(row.case)?.[0]?.replaceAll(",", ""));
    const atCeiling = (points / results.ceiling.ceiling.pointsPerSecond) * 1000;
    return (
      ` A client sending at the server's ceiling would still need ${seconds(atCeiling)}: ` +
      `at most ${(python.wallMs.median / atCeiling).toFixed(1)}× faster than Python here.`
    );
  }
  const floors = results.rows.filter(
    (other) => other.case === row.case && other.command.startsWith("server floor"),
  );
  if (floors.length === 0) return "";
  const parts = floors.map(
    (floor) =>
      `${floor.command.replace("server floor: raw pages, ", "")} ${seconds(floor.wallMs.median)} ` +
      `(at most ${(python.wallMs.median / floor.wallMs.median).toFixed(1)}×)`,
  );
  return ` The server alone takes, for the same pages: ${parts.join("; ")}.`;
}

/** What one run of each side of the backtest case holds, read back from the server. */
function contentsTable(contents: Record<string, RunContents>): string {
  const lines = [
    "What one backtest run holds, read back from the server:",
    "",
    "| command | metrics | curve points | params | tags | datasets | artifacts (top level) |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const [command, run] of Object.entries(contents)) {
    lines.push(
      `| ${command} | ${run.metrics} | ${run.curvePoints.toLocaleString("en-US")} | ` +
        `${run.params} | ${run.tags} | ${run.datasets} | ${run.artifacts} |`,
    );
  }
  return lines.join("\n");
}

function ceilingTable(ceiling: CeilingResult): string {
  const rate = (value: number) => `${Math.round(value).toLocaleString("en-US")}`;
  const lines = [
    `Server ceiling, ${ceiling.points.toLocaleString("en-US")} points in raw log-batch ` +
      "requests of 1,000 over keep-alive connections:",
    "",
    "| requests in flight | points/s, median (min–max) |",
    "|---|---|",
    ...ceiling.levels.map(
      (level) =>
        `| ${level.concurrency} | ${rate(level.pointsPerSecond.median)} ` +
        `(${rate(level.pointsPerSecond.min)}–${rate(level.pointsPerSecond.max)}) |`,
    ),
    "",
    `The skill (MlflowClient.logBatch, ${BATCH_CONCURRENCY} in flight, timed inside its ` +
      `process, in the same rounds): ${rate(ceiling.project.median)} points/s ` +
      `(${rate(ceiling.project.min)}–${rate(ceiling.project.max)}), ` +
      `${percent(ceiling.fraction)} of the ceiling ` +
      `(${rate(ceiling.ceiling.pointsPerSecond)} points/s at ${ceiling.ceiling.concurrency} in ` +
      `flight) and ${percent(ceiling.fractionAtSameConcurrency)} of raw requests ` +
      `${BATCH_CONCURRENCY} in flight; goal ≥ ${percent(CEILING_GOAL)}: ` +
      `${ceiling.fraction >= CEILING_GOAL ? "met" : "not met"}. ` +
      `MLflow's Python client (log_batch, one request at a time): ${rate(ceiling.python.median)} ` +
      "points/s.",
  ];
  return lines.join("\n");
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(0)}%`;
}

function scaleTable(results: Results): string {
  const rows = [...results.rows, ...results.scale]
    .filter((row) => /^(Log [\d,]+ history|Search [\d,]+ runs)/.test(row.case))
    .filter((row) => !row.command.startsWith("server floor"));
  const size = (row: Row) => Number(/[\d,]+/.exec(row.case)?.[0]?.replaceAll(",", "") ?? 0);
  const kind = (row: Row) => (row.case.startsWith("Log") ? 0 : 1);
  rows.sort((a, b) => kind(a) - kind(b) || size(a) - size(b) || a.command.localeCompare(b.command));
  const lines = [
    "| size | command | runs | wall | peak RSS | vs Python |",
    "|---|---|---|---|---|---|",
    ...rows.map(
      (row) =>
        `| ${row.case} | ${row.command} | ${row.runs} | ${spreadText(row.wallMs)} ` +
        `| ${row.maxRssMiB.median.toFixed(0)} MiB | ` +
        `${row.versus ? `${row.versus.speedup.toFixed(1)}×` : ""} |`,
    ),
  ];
  return lines.join("\n");
}

function goalText(row: Row): string {
  const goal = row.versus?.goal;
  if (goal === undefined || row.versus === undefined) return "";
  return `≥ ${goal}×: ${row.versus.speedup >= goal ? "met" : "**not met**"}`;
}

function spreadText(value: Spread): string {
  return `${seconds(value.median)} (${seconds(value.min)}–${seconds(value.max)})`;
}

function range(values: readonly number[]): string {
  if (values.length === 0) return "-";
  return `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
}
