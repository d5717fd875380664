import {
  calendarAggregates,
  drawdownEpisodes,
  rollingSharpe,
  rollingSortino,
  rollingVolatility,
} from "../metrics/index.ts";
import type { ChartData } from "./charts/base.ts";
import { COLORS, percentTick, plainTick } from "./charts/base.ts";
import { cumulativeChart, logCumulativeChart } from "./charts/cumulative.ts";
import { distributionChart } from "./charts/distribution.ts";
import { drawdownChart } from "./charts/drawdown.ts";
import { monthlyHeatmap } from "./charts/monthly-heatmap.ts";
import { rollingChart } from "./charts/rolling.ts";
import { yearlyBars } from "./charts/yearly-bars.ts";
import { rollingBeta } from "./curves/rolling-beta.ts";
import { escapeHtml } from "./escape.ts";
import { formatDate, formatPercent } from "./format.ts";
import { chartSection, page, plainSection } from "./page.ts";
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
  const { series, periodsPerYear } = input;
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
    periodsPerYear,
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
    plainSection("worst-drawdowns", "Worst 5 drawdowns", drawdownsTable(worst, series.timestamps, series.returns.length)),
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
      ? `${formatDate(timestamps[0] ?? NaN)} to ${formatDate(timestamps[timestamps.length - 1] ?? NaN)} · `
      : "";
  const settings = [
    `${span}${returns.length.toLocaleString("en-US")} bars`,
    `${input.periodsPerYear} periods per year`,
    `risk-free rate ${formatPercent(input.riskFreeRate, 2)}`,
    ...(input.benchmark ? [`benchmark: ${benchmarkName}`] : []),
  ];
  return [...(input.subtitle ? [input.subtitle] : []), settings.join(" · ")];
}

function calendarSections(input: TearsheetInput, data: ChartData): string[] {
  const { timestamps, returns } = input.series;
  if (!timestamps) {
    const note = `<p class="note">Monthly and yearly returns need dates; this series has none.</p>`;
    return [plainSection("calendar", "Monthly and yearly returns", note)];
  }
  const years = calendarAggregates(input.series, "year");
  const benchmarkYears = input.benchmark
    ? calendarAggregates({ returns: input.benchmark.returns, timestamps }, "year")
    : undefined;
  return [
    chartSection("yearly", "Yearly returns", yearlyBars(data, years, benchmarkYears)),
    chartSection(
      "monthly",
      "Monthly returns (%)",
      monthlyHeatmap(calendarAggregates(input.series, "month"), years),
      "Each month compounded; the last column is the whole year.",
    ),
  ];
}

function distributionSection(data: ChartData): string {
  const { svg, clipped } = distributionChart(data);
  const note =
    clipped > 0
      ? `${clipped} returns beyond the 0.1% and 99.9% quantiles are counted in the edge bins.`
      : "";
  return chartSection("distribution", "Distribution of returns (share of bars)", svg, note);
}

/** Six-month windows of ceil(P / 2) bars and twelve-month ones of P bars, as QuantStats. */
function rollingSections(input: TearsheetInput, data: ChartData): string[] {
  const P = input.periodsPerYear;
  const half = Math.ceil(P / 2);
  const { returns } = input.series;
  const bench = input.benchmark?.returns;
  if (returns.length < half) {
    const note = `<p class="note">Rolling statistics need at least ${half} bars (6 months).</p>`;
    return [plainSection("rolling", "Rolling statistics", note)];
  }

  const pair = (f: (r: Float64Array, window: number, P: number) => Float64Array) => [
    { name: data.strategyName, values: f(returns, half, P), color: COLORS.strategy },
    ...(bench ? [{ name: data.benchmarkName, values: f(bench, half, P), color: COLORS.benchmark }] : []),
  ];
  const sections = [
    chartSection(
      "rolling-volatility",
      "Rolling volatility (6 months)",
      rollingChart(data, pair(rollingVolatility), percentTick),
    ),
    chartSection(
      "rolling-sharpe",
      "Rolling Sharpe (6 months)",
      rollingChart(data, pair(rollingSharpe), plainTick),
    ),
    chartSection(
      "rolling-sortino",
      "Rolling Sortino (6 months)",
      rollingChart(data, pair(rollingSortino), plainTick),
    ),
  ];
  if (bench) {
    const beta = [
      { name: "6 months", values: rollingBeta(returns, bench, half), color: COLORS.strategy },
      { name: "12 months", values: rollingBeta(returns, bench, P), color: COLORS.second },
    ];
    sections.push(
      chartSection("rolling-beta", "Rolling beta to benchmark", rollingChart(data, beta, plainTick)),
    );
  }
  return sections;
}
