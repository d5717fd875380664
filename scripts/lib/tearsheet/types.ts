import type { ReturnSeries } from "../input/types.ts";
import type { MetricSet } from "../metrics/types.ts";

/** Everything a tearsheet shows; the caller has already read, aligned and measured the series. */
export interface TearsheetInput {
  /** The heading, usually the run name. */
  title: string;
  /** One line under the heading: the file, the dates, the settings. */
  subtitle?: string;
  /** The strategy's returns; without timestamps the charts are drawn by bar index. */
  series: ReturnSeries;
  /** The benchmark's returns, already aligned bar for bar with `series`. */
  benchmark?: ReturnSeries;
  benchmarkName?: string;
  /** The strategy's metrics, as fractions (0.12 is 12%). */
  metrics: MetricSet;
  /** The benchmark's metrics under the same keys, shown beside the strategy's. */
  benchmarkMetrics?: MetricSet;
  periodsPerYear: number;
  /** Annual risk-free rate as a fraction. */
  riskFreeRate: number;
}
