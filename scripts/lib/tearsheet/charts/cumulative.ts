import type { LineSeriesOption } from "echarts";

import { cumulativeReturns } from "../../metrics/index.ts";
import type { ChartData } from "./base.ts";
import { COLORS, grid, HEIGHT, legend, line, percentTick, WIDTH, xAxis, yAxis } from "./base.ts";
import { renderSvg } from "./render-svg.ts";

/** Compounded return since the first bar, strategy against benchmark. */
export function cumulativeChart(data: ChartData): string {
  const lines = wealthLines(data, (wealth) => wealth - 1);
  return renderSvg(
    {
      grid: grid(lines.length > 1),
      legend: legend(lines.map((series) => String(series.name))),
      xAxis: xAxis(data.x),
      // From the lowest point: rounding the bottom down to a tick of a 1,000% scale would
      // show losses below -100%, which cannot happen.
      yAxis: yAxis(percentTick, { min: "dataMin" }),
      series: lines,
    },
    WIDTH,
    HEIGHT,
  );
}

/**
 * The same curves on a log scale: growth of 1 plotted on a log axis, labelled as cumulative
 * return, so equal slopes mean equal compound rates. (QuantStats uses a symlog axis on the
 * cumulative return; 1 + return is always positive for returns above -100%, so a true log
 * axis serves and reads more plainly.) Base 2 gives useful ticks up to a 256-fold growth.
 */
export function logCumulativeChart(data: ChartData): string {
  const lines = wealthLines(data, (wealth) => wealth);
  const highest = Math.max(...lines.flatMap((series) => pointsOf(series).map(([, y]) => y)));
  const lowest = Math.min(...lines.flatMap((series) => pointsOf(series).map(([, y]) => y)));
  return renderSvg(
    {
      grid: grid(lines.length > 1),
      legend: legend(lines.map((series) => String(series.name))),
      xAxis: xAxis(data.x),
      yAxis: yAxis((wealth) => percentTick(wealth - 1), {
        logBase: highest / lowest > 256 ? 10 : 2,
      }),
      series: lines,
    },
    WIDTH,
    HEIGHT,
  );
}

function wealthLines(data: ChartData, shown: (wealth: number) => number): LineSeriesOption[] {
  const curve = (returns: Float64Array) => cumulativeReturns(returns).map((c) => shown(1 + c));
  const lines = [line(data.strategyName, data.x, curve(data.returns), COLORS.strategy)];
  if (data.benchmark) {
    lines.push(line(data.benchmarkName, data.x, curve(data.benchmark), COLORS.benchmark));
  }
  return lines;
}

function pointsOf(series: LineSeriesOption): Array<[number, number]> {
  return series.data as Array<[number, number]>;
}
