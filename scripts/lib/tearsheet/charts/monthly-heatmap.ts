import type { CalendarAggregate } from "../../metrics/index.ts";
import { COLORS, WIDTH } from "./base.ts";
import { renderSvg } from "./render-svg.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ROW_HEIGHT = 20;
// Light ends keep the dark labels readable on the strongest months.
const RED_WHITE_GREEN = ["#f87171", "#ffffff", "#4ade80"];

/**
 * Years down, months across, then the year's compounded total. Colours are centred on zero
 * and scaled to the largest loss or gain, months and year totals each on their own scale
 * (a year's total would otherwise wash out every month).
 */
export function monthlyHeatmap(months: CalendarAggregate, years: CalendarAggregate): string {
  const yearOf = (start: number) => new Date(start).getUTCFullYear();
  const yearLabels = Array.from(years.starts, (start) => String(yearOf(start)));
  const row = new Map(Array.from(years.starts, (start, index) => [yearOf(start), index]));
  const monthCells = Array.from(months.starts, (start, i) => [
    new Date(start).getUTCMonth(),
    row.get(yearOf(start))!,
    months.returns[i]!,
  ]);
  const yearCells = Array.from(years.returns, (value, index) => [12, index, value]);

  const cell = (cells: number[][]) => ({
    type: "heatmap" as const,
    data: cells,
    silent: true,
    itemStyle: { borderColor: "#ffffff", borderWidth: 1 },
    label: {
      show: true,
      fontSize: 10,
      color: COLORS.text,
      formatter: ({ value }: { value: unknown }) => percentLabel(value),
    },
  });

  return renderSvg(
    {
      grid: { left: 48, right: 8, top: 24, bottom: 4 },
      xAxis: {
        type: "category",
        position: "top",
        data: [...MONTHS, "Year"],
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: { color: COLORS.text, fontWeight: "bold" },
      },
      yAxis: {
        type: "category",
        inverse: true,
        data: yearLabels,
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: { color: COLORS.text },
      },
      visualMap: [scale(monthCells, 0), scale(yearCells, 1)],
      series: [cell(monthCells), cell(yearCells)],
    },
    WIDTH,
    28 + ROW_HEIGHT * Math.max(years.starts.length, 1),
  );
}

function scale(cells: number[][], seriesIndex: number) {
  const largest = Math.max(1e-9, ...cells.map((cell) => Math.abs(cell[2] ?? 0)));
  return {
    type: "continuous" as const,
    show: false,
    seriesIndex,
    dimension: 2,
    min: -largest,
    max: largest,
    inRange: { color: RED_WHITE_GREEN },
  };
}

function percentLabel(value: unknown): string {
  const fraction = Array.isArray(value) ? Number(value[2]) : Number(value);
  return Number.isFinite(fraction) ? (fraction * 100).toFixed(1) : "";
}
