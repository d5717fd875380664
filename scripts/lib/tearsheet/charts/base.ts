import type { LineSeriesOption, XAXisComponentOption, YAXisComponentOption } from "echarts";

import { reducePoints } from "../reduce-points.ts";
import type { ChartOption } from "./render-svg.ts";

export const WIDTH = 720;
export const HEIGHT = 260;
/** Line charts keep the lowest and highest bar of this many runs (see `reducePoints`). */
export const BUCKETS = 360;

export const COLORS = {
  strategy: "#2563eb",
  benchmark: "#f59e0b",
  second: "#7c3aed",
  loss: "#dc2626",
  gain: "#16a34a",
  mean: "#6b7280",
  grid: "#e5e7eb",
  text: "#374151",
};

/** What every chart is drawn from. */
export interface ChartData {
  x: XValues;
  returns: Float64Array;
  benchmark: Float64Array | undefined;
  strategyName: string;
  benchmarkName: string;
}

/** Where a chart's bars sit on the x axis: their timestamps, or their index when undated. */
export interface XValues {
  values: ArrayLike<number>;
  dated: boolean;
}

export function xAxis(x: XValues): XAXisComponentOption {
  return {
    type: x.dated ? "time" : "value",
    name: x.dated ? "" : "bar",
    // The first and last bar at the edges, not the nearest round tick beyond them.
    min: "dataMin",
    max: "dataMax",
    axisLine: { lineStyle: { color: COLORS.mean } },
    splitLine: { show: false },
    axisLabel: { color: COLORS.text, hideOverlap: true },
  };
}

/** A value axis; `logBase` makes it logarithmic, `min` and `max` pin its ends. */
export function yAxis(
  format: (value: number) => string,
  options: { logBase?: number; min?: "dataMin"; max?: number } = {},
): YAXisComponentOption {
  const common = {
    scale: true,
    min: options.min,
    max: options.max,
    splitLine: { lineStyle: { color: COLORS.grid } },
    // A bottom pinned at the lowest value is no round number; its label would crowd the next.
    axisLabel: { color: COLORS.text, formatter: format, showMinLabel: options.min !== "dataMin" },
  };
  return options.logBase
    ? { type: "log", logBase: options.logBase, ...common }
    : { type: "value", ...common };
}

export function grid(hasLegend: boolean): ChartOption["grid"] {
  return { left: 64, right: 20, top: hasLegend ? 34 : 16, bottom: 28 };
}

export function legend(names: string[]): ChartOption["legend"] {
  return names.length > 1
    ? { top: 4, data: names, textStyle: { color: COLORS.text }, itemHeight: 8 }
    : { show: false };
}

/** A thin line series, reduced for drawing. */
export function line(
  name: string,
  x: XValues,
  y: ArrayLike<number>,
  color: string,
): LineSeriesOption {
  return {
    type: "line",
    name,
    data: reducePoints(x.values, y, BUCKETS),
    color,
    showSymbol: false,
    symbol: "none",
    silent: true,
    lineStyle: { width: 1.25 },
  };
}

/** Percent with as few decimals as the axis needs: 0.5 → "50%", 0.025 → "2.5%". */
export function percentTick(value: number): string {
  return `${Number((value * 100).toPrecision(4)).toLocaleString("en-US")}%`;
}

export function plainTick(value: number): string {
  return Number(value.toPrecision(4)).toLocaleString("en-US");
}
