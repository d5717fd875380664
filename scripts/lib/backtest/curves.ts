import type { ReturnSeries } from "../input/types.ts";
import { cumulativeReturns, drawdownSeries, rollingSharpe } from "../metrics/index.ts";
import type { MetricPoint } from "../mlflow/types.ts";
import { extremaPreservingIndices } from "./downsample.ts";

/**
 * Points kept per curve. MLflow's UI asks the server for at most 2,500 points per metric
 * (get-history-bulk-interval), so more would never be drawn; the reduction keeps each
 * stretch's lowest and highest points, so the deepest drawdown and the peak survive.
 */
export const MAX_CURVE_POINTS = 2500;

/** Metric keys of the curves; the "curves/" prefix groups them in MLflow's UI. */
export const CURVE_KEYS = {
  cumulativeReturn: "curves/cumulative_return",
  drawdown: "curves/drawdown",
  rollingSharpe: "curves/rolling_sharpe",
} as const;

/**
 * The equity curve (cumulative return), the drawdown and the rolling Sharpe (over half a
 * year of bars, as QuantStats' tearsheet draws it, on the raw returns: no risk-free rate is
 * taken off, so the curve does not move with --risk-free-rate) as metric histories: step is the bar's
 * index, timestamp the bar's own time, so MLflow plots them against the backtest's dates.
 * Bars before 1970 get timestamp 0 (MLflow refuses negative timestamps); a series without
 * dates uses `fallbackTimestamp` for every point.
 */
export function curveMetricPoints(
  series: ReturnSeries,
  periodsPerYear: number,
  fallbackTimestamp: number,
): MetricPoint[] {
  const window = Math.ceil(periodsPerYear / 2);
  const curves: [string, Float64Array][] = [
    [CURVE_KEYS.cumulativeReturn, cumulativeReturns(series.returns)],
    [CURVE_KEYS.drawdown, drawdownSeries(series.returns)],
    [CURVE_KEYS.rollingSharpe, rollingSharpe(series.returns, window, periodsPerYear)],
  ];

  const points: MetricPoint[] = [];
  for (const [key, values] of curves) {
    for (const index of extremaPreservingIndices(values, MAX_CURVE_POINTS)) {
      const time = series.timestamps?.[index] ?? fallbackTimestamp;
      points.push({ key, value: values[index]!, timestamp: Math.max(0, time), step: index });
    }
  }
  return points;
}
