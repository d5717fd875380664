import type { BarSeriesOption } from "echarts";

import { histogram } from "../curves/histogram.ts";
import { formatPercent } from "../format.ts";
import type { ChartData } from "./base.ts";
import { COLORS, grid, HEIGHT, legend, percentTick, WIDTH, yAxis } from "./base.ts";
import { renderSvg } from "./render-svg.ts";

/** What the distribution chart drew, and how many bars fell beyond its range. */
export interface DistributionChart {
  svg: string;
  clipped: number;
}

/**
 * Histogram of the per-bar returns as shares of all bars, the benchmark drawn over the
 * strategy on the same bins (see `histogram` for the range and the outliers).
 */
export function distributionChart(data: ChartData): DistributionChart {
  const inputs = data.benchmark ? [data.returns, data.benchmark] : [data.returns];
  const { edges, shares, clipped } = histogram(inputs);
  const centres = edges.slice(0, -1).map((edge, i) => (edge + (edges[i + 1] ?? edge)) / 2);
  const names = [data.strategyName, data.benchmarkName];
  const colors = [COLORS.strategy, COLORS.benchmark];

  const series = shares.map((share, i): BarSeriesOption => ({
    type: "bar",
    name: names[i] ?? "",
    data: share,
    color: colors[i] ?? COLORS.mean,
    silent: true,
    barCategoryGap: "8%",
    barGap: "-100%",
    itemStyle: { opacity: i === 0 ? 0.85 : 0.5 },
  }));

  const svg = renderSvg(
    {
      grid: grid(series.length > 1),
      legend: legend(series.map((bar) => String(bar.name))),
      xAxis: {
        type: "category",
        data: centres.map((centre) => formatPercent(centre, 1)),
        axisLabel: { color: COLORS.text, hideOverlap: true },
        axisTick: { alignWithLabel: true },
      },
      yAxis: yAxis(percentTick),
      series,
    },
    WIDTH,
    HEIGHT,
  );
  return { svg, clipped };
}
