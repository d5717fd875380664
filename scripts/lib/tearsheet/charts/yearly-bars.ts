import type { BarSeriesOption } from "echarts";

import type { CalendarAggregate } from "../../metrics/index.ts";
import type { ChartData } from "./base.ts";
import { COLORS, grid, HEIGHT, legend, percentTick, WIDTH, yAxis } from "./base.ts";
import { renderSvg } from "./render-svg.ts";

/** Compounded return of each calendar year, strategy beside benchmark (QuantStats' EOY). */
export function yearlyBars(
  data: ChartData,
  strategy: CalendarAggregate,
  benchmark: CalendarAggregate | undefined,
): string {
  const bars = (name: string, years: CalendarAggregate, color: string): BarSeriesOption => ({
    type: "bar",
    name,
    data: Array.from(years.returns),
    color,
    silent: true,
    barMaxWidth: 18,
  });
  const series = [bars(data.strategyName, strategy, COLORS.strategy)];
  if (benchmark) series.push(bars(data.benchmarkName, benchmark, COLORS.benchmark));

  return renderSvg(
    {
      grid: grid(series.length > 1),
      legend: legend(series.map((bar) => String(bar.name))),
      xAxis: {
        type: "category",
        data: Array.from(strategy.starts, (start) => String(new Date(start).getUTCFullYear())),
        axisLabel: { color: COLORS.text, hideOverlap: true },
        axisTick: { alignWithLabel: true },
      },
      yAxis: yAxis(percentTick),
      series,
    },
    WIDTH,
    HEIGHT,
  );
}
