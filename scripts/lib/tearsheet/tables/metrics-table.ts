import type { MetricSet } from "../../metrics/types.ts";
import { escapeHtml } from "../escape.ts";
import { formatValue } from "../format.ts";
import { describeMetric, METRIC_GROUPS } from "../metric-catalog.ts";

/**
 * Every metric of the run in one table, grouped as in a QuantStats report, the benchmark's
 * value beside the strategy's. Keys outside the catalog follow under "Other" in the order
 * given. Each label carries its key as a tooltip, the name it has in MLflow.
 */
export function metricsTable(
  metrics: MetricSet,
  benchmarkMetrics: MetricSet | undefined,
  names: { strategy: string; benchmark: string },
): string {
  const cells = (key: string) => {
    const { label, unit } = describeMetric(key);
    // A key the benchmark lacks (beta, against itself) is left blank rather than shown as "-".
    const benchmark = benchmarkMetrics
      ? `<td>${key in benchmarkMetrics ? formatValue(benchmarkMetrics[key]!, unit) : ""}</td>`
      : "";
    const name = `<td title="${escapeHtml(key)}">${escapeHtml(label)}</td>`;
    return `<tr>${name}<td>${formatValue(metrics[key]!, unit)}</td>${benchmark}</tr>`;
  };
  const columns = benchmarkMetrics ? 3 : 2;
  const group = (title: string, keys: string[]) =>
    keys.length === 0
      ? ""
      : `<tr class="group"><th colspan="${columns}">${escapeHtml(title)}</th></tr>` +
        keys.map(cells).join("");

  const listed = new Set<string>();
  const body = METRIC_GROUPS.map(({ title, keys }) => {
    const present = Object.keys(keys).filter((key) => key in metrics);
    present.forEach((key) => listed.add(key));
    return group(title, present);
  });
  body.push(
    group(
      "Other",
      Object.keys(metrics).filter((key) => !listed.has(key)),
    ),
  );

  const head = [names.strategy, ...(benchmarkMetrics ? [names.benchmark] : [])]
    .map((name) => `<th>${escapeHtml(name)}</th>`)
    .join("");
  return (
    `<table class="metrics"><thead><tr><th>Metric</th>${head}</tr></thead>` +
    `<tbody>${body.join("")}</tbody></table>`
  );
}
