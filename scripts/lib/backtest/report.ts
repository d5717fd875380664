import { basename } from "node:path";

import { formatNumber, renderTextTable } from "../output/text-table.ts";
import { formatTimestamp } from "./payload.ts";
import type { PreparedBacktest } from "./prepare.ts";
import type { SentRun } from "./send.ts";

/** The JSON result of log_backtest; see its --help for the fields. */
export function backtestResult(
  prepared: PreparedBacktest,
  sent: (SentRun & { experimentName: string; runName: string }) | undefined,
): Record<string, unknown> {
  const series = prepared.measured.series;
  const timestamps = series.timestamps;
  const result: Record<string, unknown> = { status: "ok", dry_run: sent === undefined };
  if (sent) {
    Object.assign(result, {
      run_id: sent.runId,
      run_name: sent.runName,
      experiment_id: sent.experimentId,
      experiment_name: sent.experimentName,
      run_url: sent.runUrl,
    });
  }
  result.metrics = prepared.metrics;
  result.input = {
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
  result.warnings = prepared.warnings;
  return result;
}

/** The same result as text: where the run went, what was read, then every metric. */
export function backtestText(
  prepared: PreparedBacktest,
  sent: (SentRun & { experimentName: string; runName: string }) | undefined,
): string {
  const series = prepared.measured.series;
  const timestamps = series.timestamps;
  const lines: string[] = [];

  if (sent) {
    lines.push(
      `Logged run "${sent.runName}" (${sent.runId}) to experiment "${sent.experimentName}" ` +
        `(id ${sent.experimentId}).`,
      `  ${sent.runUrl}`,
    );
  } else {
    lines.push("Dry run: nothing was sent to MLflow.");
  }
  lines.push(
    `Input: ${basename(prepared.returns.file)}, column ${prepared.returns.column} ` +
      `(${prepared.returns.kind}), ${series.returns.length} returns from ` +
      `${formatTimestamp(timestamps?.[0])} to ${formatTimestamp(timestamps?.[timestamps.length - 1])}, ` +
      `${prepared.periodsPerYear} periods a year (${prepared.periodsReason}).`,
    "",
  );

  const rows = Object.keys(prepared.metrics)
    .sort()
    .map((key) => [key, formatNumber(prepared.metrics[key] as number)]);
  lines.push(renderTextTable(["metric", "value"], rows));

  if (prepared.warnings.length > 0) {
    lines.push("", "Warnings:", ...prepared.warnings.map((warning) => `  - ${warning}`));
  }
  return lines.join("\n");
}
