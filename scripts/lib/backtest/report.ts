import { basename } from "node:path";

import { formatNumber, renderTextTable } from "../output/text-table.ts";
import { formatTimestamp } from "./payload.ts";
import type { PreparedBacktest } from "./prepare.ts";
import type { SentRun } from "./send.ts";

/** Where a run went: filled in once it is logged, absent for a dry run. */
export interface Delivery {
  sent: SentRun;
  experimentName: string;
  runName: string;
}

/** What the input was and how it was read, as reported and as stored in metrics.json. */
export function inputSummary(prepared: PreparedBacktest): Record<string, unknown> {
  const { series } = prepared.measured;
  const timestamps = series.timestamps;
  return {
    file: prepared.returns.file,
    column: prepared.returns.column,
    kind: prepared.returns.kind,
    kind_reason: prepared.returns.kindReason,
    rows: series.returns.length,
    start: formatTimestamp(timestamps?.[0]),
    end: formatTimestamp(timestamps?.[timestamps.length - 1]),
    periods_per_year: prepared.periodsPerYear,
    periods_per_year_source: prepared.periodsReason,
    risk_free_rate: prepared.riskFreeRate,
    ...(prepared.benchmark
      ? { benchmark_file: prepared.benchmark.file, benchmark_column: prepared.benchmark.column }
      : {}),
  };
}

/** The JSON result of log_backtest; its --help lists the fields. */
export function backtestResult(
  prepared: PreparedBacktest,
  delivery: Delivery | undefined,
  tearsheetFile: string | undefined,
): Record<string, unknown> {
  const result: Record<string, unknown> = { status: "ok", dry_run: delivery === undefined };
  if (delivery) Object.assign(result, deliveryFields(delivery));
  result.metrics = prepared.metrics;
  result.input = inputSummary(prepared);
  if (tearsheetFile) result.tearsheet = tearsheetFile;
  // Everything an agent should tell the user sits in warnings, a skipped upload included.
  const skipped = delivery?.sent.artifactsSkipped;
  result.warnings = skipped
    ? [...prepared.warnings, `Artifacts were not uploaded: ${skipped}.`]
    : prepared.warnings;
  return result;
}

export function deliveryFields(delivery: Delivery): Record<string, unknown> {
  const { sent } = delivery;
  return {
    run_id: sent.runId,
    run_name: delivery.runName,
    experiment_id: sent.experimentId,
    experiment_name: delivery.experimentName,
    run_url: sent.runUrl,
    artifacts: sent.artifactsUploaded,
    ...(sent.artifactsSkipped ? { artifacts_skipped: sent.artifactsSkipped } : {}),
  };
}

/** The same result as text: where the run went, what was read, then every metric. */
export function backtestText(
  prepared: PreparedBacktest,
  delivery: Delivery | undefined,
  tearsheetFile: string | undefined,
): string {
  const { series } = prepared.measured;
  const timestamps = series.timestamps;
  const lines = delivery ? deliveryLines(delivery) : ["Dry run: nothing was sent to MLflow."];

  lines.push(
    `Input: ${basename(prepared.returns.file)}, column ${prepared.returns.column} ` +
      `(${prepared.returns.kind}), ${series.returns.length} returns from ` +
      `${formatTimestamp(timestamps?.[0])} to ` +
      `${formatTimestamp(timestamps?.[timestamps.length - 1])}, ` +
      `${prepared.periodsPerYear} periods a year (${prepared.periodsReason}).`,
  );
  if (tearsheetFile) lines.push(`Tearsheet written to ${tearsheetFile}.`);
  lines.push("", metricsTable(prepared.metrics));

  if (prepared.warnings.length > 0) {
    lines.push("", "Warnings:", ...prepared.warnings.map((warning) => `  - ${warning}`));
  }
  return lines.join("\n");
}

export function deliveryLines(delivery: Delivery): string[] {
  const { sent } = delivery;
  const lines = [
    `Logged run "${delivery.runName}" (${sent.runId}) to experiment ` +
      `"${delivery.experimentName}" (id ${sent.experimentId}).`,
    `  ${sent.runUrl}`,
  ];
  if (sent.artifactsSkipped) lines.push(`  Artifacts not uploaded: ${sent.artifactsSkipped}.`);
  else if (sent.artifactsUploaded.length > 0) {
    lines.push(`  Artifacts: ${sent.artifactsUploaded.join(", ")}.`);
  }
  return lines;
}

export function metricsTable(metrics: Record<string, number>): string {
  const rows = Object.keys(metrics)
    .sort()
    .map((key) => [key, formatNumber(metrics[key] as number)]);
  return renderTextTable(["metric", "value"], rows);
}
