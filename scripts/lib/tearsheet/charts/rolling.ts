import type { ChartData } from "./base.ts";
import { COLORS, grid, HEIGHT, legend, line, WIDTH, xAxis, yAxis } from "./base.ts";
import { renderSvg } from "./render-svg.ts";

export interface RollingLine {
  name: string;
  values: Float64Array;
  color: string;
}

/**
 * Rolling statistics as lines, with a dashed line at the first line's mean over the bars
 * where it is defined (QuantStats draws the mean on its rolling volatility chart; here every
 * rolling chart has it, so a reader can tell the usual level from the swings).
 */
export function rollingChart(
  data: ChartData,
  lines: RollingLine[],
  format: (value: number) => string,
): string {
  const series = lines.map((rolling) => line(rolling.name, data.x, rolling.values, rolling.color));
  const first = lines[0]?.values.filter((value) => Number.isFinite(value)) ?? new Float64Array();
  const mean = first.reduce((sum, value) => sum + value, 0) / first.length;
  const [head] = series;
  if (head && Number.isFinite(mean)) {
    head.markLine = {
      silent: true,
      symbol: "none",
      label: { show: false },
      lineStyle: { color: COLORS.mean, type: "dashed", width: 1 },
      data: [{ yAxis: mean }],
    };
  }

  return renderSvg(
    {
      grid: grid(series.length > 1),
      legend: legend(lines.map((rolling) => rolling.name)),
      xAxis: xAxis(data.x),
      yAxis: yAxis(format),
      series,
    },
    WIDTH,
    HEIGHT,
  );
}
