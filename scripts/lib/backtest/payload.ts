import { randomUUID } from "node:crypto";
import { basename, extname } from "node:path";

import { UsageError } from "../errors.ts";
import type { LoadedSeries } from "../input/types.ts";
import type { DatasetPayload } from "../mlflow/inputs.ts";
import { assertValidKeys } from "../mlflow/keys.ts";
import type { MetricPoint, Param, Tag } from "../mlflow/types.ts";
import type { ArtifactPayload } from "./artifacts.ts";
import { curveMetricPoints } from "./curves.ts";
import { datasetInputs } from "./datasets.ts";
import type { PreparedBacktest } from "./prepare.ts";
import type { BacktestRequest } from "./request.ts";
import { currentUser, gitCommit } from "./source-context.ts";

/**
 * Everything one run sends to MLflow, computed before the first request. Being plain data, it
 * can be written to a file when the server fails and sent again later unchanged: timestamps
 * are fixed here, so a resent metric point is the same point, which MLflow stores once.
 */
export interface RunPayload {
  formatVersion: 1;
  /** A random id, set as the run's tag PAYLOAD_ID_TAG, so a run that landed can be found. */
  payloadId: string;
  experimentName: string;
  runName: string;
  startTime: number;
  params: Param[];
  tags: Tag[];
  /** Summary metrics (step 0) followed by the curves' histories. */
  metrics: MetricPoint[];
  datasets: DatasetPayload[];
  artifacts: ArtifactPayload[];
  /** Set once the run exists, so a replay completes that run instead of starting another. */
  runId?: string;
  /** The server the run was meant for (no credentials), for a replay to check. */
  trackingUri?: string;
}

/**
 * Builds the payload of a backtest run: the user's params and tags plus the provenance, the
 * summary metrics, the curves, the datasets, and the artifacts the caller prepared.
 */
export function buildRunPayload(
  request: BacktestRequest,
  prepared: PreparedBacktest,
  artifacts: ArtifactPayload[],
  now = Date.now(),
): RunPayload {
  const runName = request.runName ?? defaultRunName(request.returns.file);
  const params = mergeParams(request.params, provenanceParams(prepared));

  const tags: Record<string, string> = {
    "mlflow.runName": runName,
    "mlflow.source.name": "log_backtest",
    "mlflow.source.type": "LOCAL",
    "mlflow.user": currentUser(),
  };
  const commit = gitCommit();
  if (commit) tags["mlflow.source.git.commit"] = commit;
  if (request.description) tags["mlflow.note.content"] = request.description;
  Object.assign(tags, request.tags);

  const summary = Object.keys(prepared.metrics)
    .sort()
    .map((key) => ({ key, value: prepared.metrics[key] as number, timestamp: now, step: 0 }));
  const { series } = prepared.measured;
  const curves = curveMetricPoints(series, prepared.periodsPerYear, now);
  if ((series.timestamps?.[0] ?? 0) < 0) {
    prepared.warnings.push(
      "The series starts before 1970, and MLflow refuses earlier metric timestamps: the curves' " +
        "points before 1970 carry the time 1970-01-01 (their step, the bar's index, still orders them).",
    );
  }

  assertValidKeys("param", Object.keys(params));
  assertValidKeys("tag", Object.keys(tags));
  assertValidKeys("metric", Object.keys(prepared.metrics));

  return {
    formatVersion: 1,
    payloadId: randomUUID(),
    experimentName: request.experiment,
    runName,
    startTime: now,
    params: Object.entries(params).map(([key, value]) => ({ key, value })),
    tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
    metrics: [...summary, ...curves],
    datasets: datasetInputs(prepared.returns, series, prepared.benchmark),
    artifacts,
  };
}

/** Where the numbers came from, logged as params so a run can be traced to its input. */
export function provenanceParams(prepared: PreparedBacktest): Record<string, string> {
  const series = prepared.measured.series;
  const params: Record<string, string> = {
    ...seriesParams("input", prepared.returns),
    input_rows: String(series.returns.length),
    input_start: formatTimestamp(series.timestamps?.[0]),
    input_end: formatTimestamp(series.timestamps?.[series.timestamps.length - 1]),
    periods_per_year: String(prepared.periodsPerYear),
    periods_per_year_source: prepared.periodsReason,
    risk_free_rate: String(prepared.riskFreeRate),
  };
  if (prepared.benchmark) Object.assign(params, seriesParams("benchmark", prepared.benchmark));
  return params;
}

function seriesParams(prefix: string, series: LoadedSeries): Record<string, string> {
  return {
    [`${prefix}_file`]: basename(series.file),
    [`${prefix}_sha256`]: series.sha256,
    [`${prefix}_column`]: series.column,
    [`${prefix}_kind`]: series.kind,
  };
}

function mergeParams(
  user: Record<string, string>,
  provenance: Record<string, string>,
): Record<string, string> {
  const clashes = Object.keys(user).filter((key) => key in provenance);
  if (clashes.length > 0) {
    throw new UsageError(
      `--params uses names the skill logs itself: ${clashes.join(", ")}.`,
      "Rename those params (the skill records the input file, its rows and dates on its own).",
    );
  }
  return { ...user, ...provenance };
}

/** An ISO timestamp, shortened to the date when it falls on midnight UTC (daily data). */
export function formatTimestamp(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return "none";
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
}

/** The run name when none is given: the returns file's name without its extension. */
export function defaultRunName(file: string): string {
  return basename(file, extname(file)) || "backtest";
}
