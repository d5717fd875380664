import { rollingSharpe, rollingSortino, rollingVolatility } from "../../metrics/index.ts";
import type { ChartData } from "../charts/base.ts";
import { COLORS, percentTick, plainTick } from "../charts/base.ts";
import { rollingChart, type RollingLine } from "../charts/rolling.ts";
import { rollingBeta } from "../curves/rolling-beta.ts";
import { chartSection, plainSection } from "../page.ts";
import type { TearsheetInput } from "../types.ts";

type Rolling = (returns: Float64Array, window: number, periodsPerYear: number) => Float64Array;

/**
 * Rolling volatility, Sharpe and Sortino over six months, ceil(P / 2) bars, and rolling beta
 * over six and twelve months (P bars), as QuantStats' tearsheet draws them. The risk-free rate
 * is 0 in these charts, as in QuantStats' plots; the metrics table uses the run's rate.
 */
export function rollingSections(input: TearsheetInput, data: ChartData): string[] {
  const P = input.periodsPerYear;
  const half = Math.ceil(P / 2);
  const { returns } = input.series;
  const benchmark = input.benchmark?.returns;
  if (returns.length < half) {
    const note = `<p class="note">Rolling statistics need at least ${half} bars (6 months).</p>`;
    return [plainSection("rolling", "Rolling statistics", note)];
  }

  const both = (statistic: Rolling): RollingLine[] => [
    { name: data.strategyName, values: statistic(returns, half, P), color: COLORS.strategy },
    ...(benchmark
      ? [
          {
            name: data.benchmarkName,
            values: statistic(benchmark, half, P),
            color: COLORS.benchmark,
          },
        ]
      : []),
  ];
  const sections = [
    chartSection(
      "rolling-volatility",
      "Rolling volatility (6 months)",
      rollingChart(data, both(rollingVolatility), percentTick),
    ),
    chartSection(
      "rolling-sharpe",
      "Rolling Sharpe (6 months)",
      rollingChart(data, both(rollingSharpe), plainTick),
    ),
    chartSection(
      "rolling-sortino",
      "Rolling Sortino (6 months)",
      rollingChart(data, both(rollingSortino), plainTick),
    ),
  ];
  if (benchmark) {
    const beta = [
      { name: "6 months", values: rollingBeta(returns, benchmark, half), color: COLORS.strategy },
      { name: "12 months", values: rollingBeta(returns, benchmark, P), color: COLORS.second },
    ];
    const chart = rollingChart(data, beta, plainTick);
    sections.push(chartSection("rolling-beta", "Rolling beta to benchmark", chart));
  }
  return sections;
}
