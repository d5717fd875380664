import { drawdownSeries, type DrawdownEpisode } from "../../metrics/index.ts";
import type { ChartData } from "./base.ts";
import { COLORS, grid, HEIGHT, line, percentTick, WIDTH, xAxis, yAxis } from "./base.ts";
import { renderSvg } from "./render-svg.ts";

/**
 * The underwater curve, filled down from zero, with a dashed line at its mean over all bars
 * (zeros included, as QuantStats draws it) and the worst episodes shaded, as QuantStats'
 * "Worst 5 Drawdown Periods" chart shades them.
 */
export function drawdownChart(data: ChartData, worst: DrawdownEpisode[]): string {
  const drawdown = drawdownSeries(data.returns);
  const mean = drawdown.reduce((sum, value) => sum + value, 0) / Math.max(drawdown.length, 1);
  const at = (index: number) => data.x.values[index] ?? index;

  return renderSvg(
    {
      grid: grid(false),
      xAxis: xAxis(data.x),
      yAxis: yAxis(percentTick, { max: 0 }),
      series: [
        {
          ...line(data.strategyName, data.x, drawdown, COLORS.loss),
          areaStyle: { color: COLORS.loss, opacity: 0.25 },
          markLine: {
            silent: true,
            symbol: "none",
            label: { show: false },
            lineStyle: { color: COLORS.mean, type: "dashed", width: 1 },
            data: [{ yAxis: mean }],
          },
          markArea: {
            silent: true,
            itemStyle: { color: COLORS.loss, opacity: 0.08 },
            data: worst.map(({ startIndex, endIndex }) => [
              { xAxis: at(startIndex) },
              { xAxis: at(endIndex) },
            ]),
          },
        },
      ],
    },
    WIDTH,
    HEIGHT,
  );
}
