import type { MetricSet } from "../../metrics/types.ts";
import { escapeHtml } from "../escape.ts";
import { formatValue } from "../format.ts";
import { describeMetric } from "../metric-catalog.ts";

/** The numbers a reader looks at first, in QuantStats' order of importance. */
const HEADLINE_KEYS = [
  "total_return",
  "cagr",
  "sharpe_ratio",
  "sortino_ratio",
  "max_drawdown",
  "volatility",
  "calmar_ratio",
];

/** A row of cards, one per headline metric the run has, the benchmark's value under each. */
export function headline(
  metrics: MetricSet,
  benchmarkMetrics: MetricSet | undefined,
  benchmarkName: string,
): string {
  const cards = HEADLINE_KEYS.filter((key) => key in metrics).map((key) => {
    const { label, unit } = describeMetric(key);
    const benchmark =
      benchmarkMetrics && key in benchmarkMetrics
        ? `<div class="versus">${escapeHtml(benchmarkName)}: ` +
          `${formatValue(benchmarkMetrics[key] ?? NaN, unit)}</div>`
        : "";
    return (
      `<div class="card" title="${escapeHtml(key)}"><div class="label">${escapeHtml(label)}</div>` +
      `<div class="value">${formatValue(metrics[key] ?? NaN, unit)}</div>${benchmark}</div>`
    );
  });
  return `<div class="headline">${cards.join("")}</div>`;
}
