import type { ReturnSeries } from "../input/types.ts";

/** The settings every metric may depend on. */
export interface MetricOptions {
  /** Bars per year, used to annualise (252 for trading days, 12 for months...). */
  periodsPerYear: number;
  /** Annual risk-free rate as a fraction (0.02 is 2%). */
  riskFreeRate: number;
}

/** Metric key to value. NaN and ±Infinity are legitimate values and are kept as such. */
export type MetricSet = Record<string, number>;

export type { ReturnSeries };
