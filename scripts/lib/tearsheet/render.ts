import { drawdownEpisodes } from "../metrics/index.ts";
import type { ChartData } from "./charts/base.ts";
import { cumulativeChart, logCumulativeChart } from "./charts/cumulative.ts";
import { distributionChart } from "./charts/distribution.ts";
import { drawdownChart } from "./charts/drawdown.ts";
import { escapeHtml } from "./escape.ts";
import { formatDate, formatPercent } from "./format.ts";
import { chartSection, page, plainSection } from "./page.ts";
import { calendarSections } from "./sections/calendar.ts";
import { rollingSections } from "./sections/rolling.ts";
import { drawdownsTable } from "./tables/drawdowns-table.ts";
import { headline } from "./tables/headline.ts";
import { metricsTable } from "./tables/metrics-table.ts";
import type { TearsheetInput } from "./types.ts";

const WORST_DRAWDOWNS = 5;

/**
 * One self-contained HTML page showing a backtest: headline numbers, every metric, and the
 * charts of a QuantStats tearsheet drawn as inline SVG. It loads nothing from anywhere.
 */
export function renderTearsheet(input: TearsheetInput): string {
  const { series } = input;
  const strategyName = "Strategy";
  const benchmarkName = input.benchmarkName ?? "Benchmark";
  if (input.benchmark && input.benchmark.returns.length !== series.returns.length) {
    throw new Error(
      `The benchmark has ${input.benchmark.returns.length} returns and the series ` +
        `${series.returns.length}; align them on common timestamps before drawing the tearsheet.`,
    );
  }

  const data: ChartData = {
    x: {
      values: series.timestamps ?? series.returns.map((_, i) => i),
      dated: series.timestamps !== null,
    },
    returns: series.returns,
    benchmark: input.benchmark?.returns,
    strategyName,
    benchmarkName,
  };
  // A copy: the metrics module caches its episodes, and sorting in place would reorder them.
  const worst = [...drawdownEpisodes(series.returns, series.timestamps)]
    .sort((a, b) => a.maxDrawdown - b.maxDrawdown)
    .slice(0, WORST_DRAWDOWNS);

  const charts = [
    chartSection("cumulative", "Cumulative returns", cumulativeChart(data)),
    chartSection("cumulative-log", "Cumulative returns (log scale)", logCumulativeChart(data)),
    chartSection(
      "drawdown",
      "Underwater (drawdown)",
      drawdownChart(data, worst),
      "Shaded: the five worst drawdowns. Dashed: the mean drawdown over all bars.",
    ),
    ...calendarSections(input, data),
    distributionSection(data),
    ...rollingSections(input, data),
  ];
  const tables = [
    plainSection(
      "metrics",
      "Key performance metrics",
      metricsTable(input.metrics, input.benchmarkMetrics, {
        strategy: strategyName,
        benchmark: benchmarkName,
      }),
    ),
    plainSection(
      "worst-drawdowns",
      "Worst 5 drawdowns",
      drawdownsTable(worst, series.timestamps, series.returns.length),
    ),
  ];

  return page({
    title: escapeHtml(input.title),
    facts: facts(input, benchmarkName).map(escapeHtml),
    headline: headline(input.metrics, input.benchmarkMetrics, benchmarkName),
    charts,
    tables,
  });
}

function facts(input: TearsheetInput, benchmarkName: string): string[] {
  const { timestamps, returns } = input.series;
  const span =
    timestamps && timestamps.length > 0
      ? `${formatDate(timestamps[0]!)} to ${formatDate(timestamps.at(-1)!)} · `
      : "";
  const settings = [
    `${span}${returns.length.toLocaleString("en-US")} bars`,
    `${input.periodsPerYear} periods per year`,
    `risk-free rate ${formatPercent(input.riskFreeRate, 2)}`,
    ...(input.benchmark ? [`benchmark: ${benchmarkName}`] : []),
  ];
  return [...(input.subtitle ? [input.subtitle] : []), settings.join(" · ")];
}

function distributionSection(data: ChartData): string {
  const { svg, clipped } = distributionChart(data);
  const note =
    clipped > 0
      ? `${clipped} returns beyond the 0.1% and 99.9% quantiles are counted in the edge bins.`
      : "";
  return chartSection("distribution", "Distribution of returns (share of bars)", svg, note);
}
