/**
 * The metrics module: every QuantStats statistic for a return series, and the curves behind the
 * charts and the metric history.
 *
 * For the whole module: inputs are read-only (Float64Array in, new arrays out); a metric that is
 * undefined for its input answers NaN, or ±Infinity for a division by an exact 0, and never
 * throws or substitutes 0; values are fractions, never percentages. Derived arrays (sorted
 * returns, drawdowns, calendar aggregates) are cached per input array, so an array must not be
 * changed after it has been measured.
 */
export { alignOnCommonTimestamps, type AlignedSeries } from "./align.ts";
export { computeMetrics } from "./compute-metrics.ts";
export { inferPeriodsPerYear, type PeriodsPerYearFinding } from "./frequency.ts";
export { drawdownEpisodes, type DrawdownEpisode } from "./drawdown/drawdown-episodes.ts";
export { drawdownSeries } from "./drawdown/drawdown-series.ts";
export { calendarAggregates, type CalendarAggregate } from "./curves/calendar-aggregates.ts";
export { cumulativeReturns } from "./curves/cumulative-returns.ts";
export { rollingSharpe } from "./curves/rolling-sharpe.ts";
export { rollingSortino } from "./curves/rolling-sortino.ts";
export { rollingVolatility } from "./curves/rolling-volatility.ts";
export type { MetricOptions, MetricSet, ReturnSeries } from "./types.ts";
