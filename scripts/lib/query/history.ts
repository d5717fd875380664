import type { MlflowClient } from "../mlflow/client.ts";
import type { MetricPoint, Run } from "../mlflow/types.ts";
import { log } from "../output/logger.ts";
import { closest } from "./columns.ts";
import { NotFoundError } from "./experiments.ts";
import { getRunOrExplain } from "./run-lookup.ts";

/** Histories fetched at the same time. */
const CONCURRENT_HISTORIES = 4;

export interface MetricSeries {
  key: string;
  /** Every point, ordered by step, then timestamp. */
  points: MetricPoint[];
}

export interface HistoryResult {
  run: Run;
  series: MetricSeries[];
  /** Keys asked for that the run does not have. */
  missing: string[];
}

/**
 * The full history of some or all of a run's metrics, each read to its end through the
 * server's pages. Keys the run lacks are reported; if it has none of them, that is an error
 * listing the keys it does have.
 */
export async function metricHistories(
  client: MlflowClient,
  runId: string,
  keys: readonly string[] | "all",
): Promise<HistoryResult> {
  const run = await getRunOrExplain(client, runId);
  const available = Object.keys(run.metrics).sort();
  const wanted = keys === "all" ? available : [...new Set(keys)];
  const missing = wanted.filter((key) => !(key in run.metrics));
  const present = wanted.filter((key) => key in run.metrics);

  if (keys !== "all" && present.length === 0) {
    const suggestion = closest(missing[0] ?? "", available);
    throw new NotFoundError(
      `Run ${runId} has no metric ${missing.map((key) => JSON.stringify(key)).join(", ")}.`,
      (suggestion ? `Did you mean ${suggestion}? ` : "") +
        `Its metrics: ${available.slice(0, 40).join(", ") || "none"}` +
        `${available.length > 40 ? `, and ${available.length - 40} more` : ""}.`,
    );
  }
  for (const key of missing) log.warn(`Run ${runId} has no metric ${JSON.stringify(key)}.`);

  const series: MetricSeries[] = [];
  for (let i = 0; i < present.length; i += CONCURRENT_HISTORIES) {
    const batch = present.slice(i, i + CONCURRENT_HISTORIES);
    const histories = await Promise.all(batch.map((key) => client.getMetricHistory(runId, key)));
    batch.forEach((key, j) => series.push({ key, points: sortPoints(histories[j]!) }));
  }
  return { run, series, missing };
}

function sortPoints(points: MetricPoint[]): MetricPoint[] {
  return points.sort((a, b) => a.step - b.step || a.timestamp - b.timestamp);
}

export type SeriesSummary = {
  key: string;
  points: number;
  first_step: number | undefined;
  last_step: number | undefined;
  first_time: number | undefined;
  last_time: number | undefined;
  min: number | undefined;
  max: number | undefined;
  last: number | undefined;
};

/** Counts, ranges and the last value of a series (min and max ignore NaN). */
export function summarise(series: MetricSeries): SeriesSummary {
  const points = series.points;
  const values = points.map((point) => point.value).filter((value) => !Number.isNaN(value));
  const timestamps = points.map((point) => point.timestamp);
  return {
    key: series.key,
    points: points.length,
    first_step: points[0]?.step,
    last_step: points.at(-1)?.step,
    first_time: timestamps.length > 0 ? timestamps.reduce((a, b) => Math.min(a, b)) : undefined,
    last_time: timestamps.length > 0 ? timestamps.reduce((a, b) => Math.max(a, b)) : undefined,
    min: values.length > 0 ? values.reduce((a, b) => Math.min(a, b)) : undefined,
    max: values.length > 0 ? values.reduce((a, b) => Math.max(a, b)) : undefined,
    last: points.at(-1)?.value,
  };
}

/**
 * About `count` points spread evenly over the series, always with the first and the last, so
 * a bounded table still shows the curve's shape from start to end.
 */
export function samplePoints<T>(points: readonly T[], count: number): T[] {
  if (count <= 0 || points.length <= count) return [...points];
  if (count === 1) return [points.at(-1)!];
  const picked: T[] = [];
  for (let i = 0; i < count; i += 1) {
    picked.push(points[Math.round((i * (points.length - 1)) / (count - 1))]!);
  }
  return picked;
}
