import { lineUpDatesWithTimes } from "../input/dates-only.ts";
import { assertOverlap } from "../input/overlap.ts";
import { readSeries } from "../input/read-series.ts";
import type { LoadedSeries, ReturnSeries } from "../input/types.ts";
import { alignOnCommonTimestamps, computeMetrics, inferPeriodsPerYear } from "../metrics/index.ts";
import type { MetricSet } from "../metrics/types.ts";
import type { BacktestRequest, SeriesRequest } from "./request.ts";

/** A backtest read, checked and measured: everything a run needs, before any server call. */
export interface PreparedBacktest {
  returns: LoadedSeries;
  benchmark: LoadedSeries | undefined;
  /** The series and benchmark the metrics were computed on (aligned when a benchmark is given). */
  measured: { series: ReturnSeries; benchmark: ReturnSeries | undefined };
  periodsPerYear: number;
  periodsReason: string;
  riskFreeRate: number;
  metrics: MetricSet;
  warnings: string[];
}

/**
 * Reads the returns (and benchmark), aligns them, settles the periods per year and computes
 * the metrics. Every input problem surfaces here, so nothing reaches MLflow from a bad input.
 */
export async function prepareBacktest(request: BacktestRequest): Promise<PreparedBacktest> {
  const returns = await readSeries(request.returns.file, readOptions(request.returns, "returns"));
  const benchmark = request.benchmark
    ? await readSeries(request.benchmark.file, readOptions(request.benchmark, "benchmark"))
    : undefined;
  const warnings = [...returns.warnings, ...(benchmark?.warnings ?? [])];

  let measured: PreparedBacktest["measured"] = { series: returns, benchmark: undefined };
  if (benchmark) {
    const files = { returns: returns.file, benchmark: benchmark.file };
    const lined = lineUpDatesWithTimes(returns, benchmark, files);
    if (lined.note) warnings.push(lined.note);
    assertOverlap(lined.series, lined.benchmark, files);
    const aligned = alignOnCommonTimestamps(lined.series, lined.benchmark);
    measured = { series: aligned.series, benchmark: aligned.benchmark };
    warnings.push(...alignmentWarnings(aligned, returns.file, benchmark.file));
  }

  const periods =
    request.periodsPerYear === "auto"
      ? inferPeriodsPerYear(measured.series.timestamps)
      : { periodsPerYear: request.periodsPerYear, reason: "given with --periods-per-year" };

  const short = shortHistoryWarning(measured.series.returns.length, periods.periodsPerYear);
  if (short) warnings.push(short);

  const metrics = computeMetrics(measured.series, {
    periodsPerYear: periods.periodsPerYear,
    riskFreeRate: request.riskFreeRate,
    benchmark: measured.benchmark,
  });

  return {
    returns,
    benchmark,
    measured,
    periodsPerYear: periods.periodsPerYear,
    periodsReason: periods.reason,
    riskFreeRate: request.riskFreeRate,
    metrics,
    warnings,
  };
}

function readOptions(series: SeriesRequest, role: "returns" | "benchmark") {
  return {
    column: series.column,
    dateColumn: series.dateColumn,
    kind: series.kind,
    scale: series.scale,
    dateFormat: series.dateFormat,
    role,
  };
}

/** Below a quarter of a year of bars, annualised figures say more about luck than skill. */
const MIN_SHARE_OF_YEAR = 0.25;

/**
 * QuantStats annualises whatever it is given; a CAGR or Sharpe ratio from a few weeks of bars
 * is computed the same way here, and the user is told how little it rests on.
 */
function shortHistoryWarning(bars: number, periodsPerYear: number): string | undefined {
  const years = bars / periodsPerYear;
  if (years >= MIN_SHARE_OF_YEAR) return undefined;
  return (
    `Only ${bars} returns (${(years * 12).toFixed(1)} months at ${periodsPerYear} a year): the ` +
    "annualised metrics (CAGR, volatility, Sharpe, Sortino, Calmar) extrapolate from them and " +
    "can mislead."
  );
}

/** What alignment did to each side, in words: rows outside the common span, rows merged. */
function alignmentWarnings(
  aligned: ReturnType<typeof alignOnCommonTimestamps>,
  seriesFile: string,
  benchmarkFile: string,
): string[] {
  const sides = [
    [seriesFile, aligned.droppedFromSeries, aligned.mergedFromSeries],
    [benchmarkFile, aligned.droppedFromBenchmark, aligned.mergedFromBenchmark],
  ] as const;
  const warnings: string[] = [];
  for (const [file, dropped, merged] of sides) {
    const outside = dropped - merged;
    if (outside > 0) {
      warnings.push(
        `Aligned on common timestamps: dropped ${outside} returns of ${file} outside the span ` +
          "both files cover.",
      );
    }
    if (merged > 0) {
      warnings.push(
        `Aligned on common timestamps: ${merged} returns of ${file} fell on timestamps the ` +
          "other file lacks and were compounded into the next common one (no look-ahead).",
      );
    }
  }
  return warnings;
}
