import { describe, expect, it } from "vitest";

import { computeMetrics } from "../../scripts/lib/metrics/index.ts";
import type { MetricSet } from "../../scripts/lib/metrics/types.ts";
import { expectAgreement, golden, goldenCase, type GoldenCase } from "./golden.ts";

// Each entry of "Deliberate differences" in references/metrics.md, tested on both sides: what
// the real quantstats 0.0.86 gives on a small input (from golden.py), and what this module
// gives (a hand calculation, and the corrected value golden.py builds from QuantStats' own
// functions).

function metricsOf(c: GoldenCase): MetricSet {
  return computeMetrics(c.series, {
    periodsPerYear: c.periodsPerYear,
    riskFreeRate: c.riskFreeRate,
    ...(c.benchmark === null ? {} : { benchmark: c.benchmark }),
  });
}

/** Every key that may differ from QuantStats, grouped by the entry that explains it. */
const DOCUMENTED = {
  firstBarDrawdown: ["avg_drawdown", "avg_drawdown_days", "longest_dd_days"],
  recoverySign: ["recovery_factor"],
  riskAdjustedReturnPeriods: ["risk_adjusted_return"],
  flatBenchmark: ["beta", "alpha", "treynor_ratio"],
  negativeRiskFree: [
    "sharpe_ratio",
    "smart_sharpe",
    "sortino_ratio",
    "smart_sortino",
    "adjusted_sortino",
    "smart_adjusted_sortino",
    "probabilistic_sharpe_ratio",
    "probabilistic_sortino_ratio",
    "probabilistic_adjusted_sortino_ratio",
    "omega_ratio",
    "risk_adjusted_return",
  ],
};

describe("deliberate differences from QuantStats 0.0.86", () => {
  it("are only the documented ones, on every golden case", () => {
    const documented = new Set(Object.values(DOCUMENTED).flat());
    for (const c of golden().cases) {
      for (const key of Object.keys(c.corrected)) {
        expect(documented.has(key), `${c.name}: ${key} differs but is not documented`).toBe(true);
      }
    }
  });

  it("1. a series under water from its first bar has a drawdown episode", () => {
    const c = goldenCase("under water from the first bar");
    const ours = metricsOf(c);
    // QuantStats: drawdown_details finds no episode, so the report rows are empty.
    expect(c.quantstats["avg_drawdown"]).toBeNaN();
    expect(c.quantstats["avg_drawdown_days"]).toBeNaN();
    expect(c.quantstats["longest_dd_days"]).toBeNaN();
    // Hand calculation: wealth 0.99 (2 Jan), 0.99495, 0.99893 (4 Jan), 1.000928 (5 Jan, a new
    // high): one episode from 2 to 4 January, 3 days, 1% deep.
    expect(ours["avg_drawdown"]).toBeCloseTo(-0.01, 14);
    expect(ours["avg_drawdown_days"]).toBe(3);
    expect(ours["longest_dd_days"]).toBe(3);
    // QuantStats' own max_drawdown sees the same 1% fall.
    expect(c.quantstats["max_drawdown"]).toBeCloseTo(-0.01, 14);
    for (const key of DOCUMENTED.firstBarDrawdown) {
      expectAgreement(ours[key]!, c.corrected[key]!, key);
    }
  });

  it("2. the recovery factor of a losing series is negative", () => {
    const c = goldenCase("losses beyond the total");
    const ours = metricsOf(c);
    const sum = Array.from(c.series.returns).reduce((a, b) => a + b, 0);
    // Hand calculation: the returns sum to −110%, a non-compounded loss beyond the stake.
    expect(sum).toBeCloseTo(-1.1, 14);
    // QuantStats: |Σ r| / |max drawdown|, the same positive number a +110% series would get.
    expect(c.quantstats["recovery_factor"]).toBeCloseTo(1.1 / -c.quantstats["max_drawdown"]!, 12);
    expect(ours["recovery_factor"]).toBeCloseTo(-1.1 / -ours["max_drawdown"]!, 12);
    expectAgreement(ours["recovery_factor"]!, c.corrected["recovery_factor"]!, "recovery_factor");
  });

  it("3. the risk-adjusted return is annualised with the series' periods per year", () => {
    const c = goldenCase("twelve monthly 1% as 12");
    const ours = metricsOf(c);
    // QuantStats: rar(periods=12) still annualises with 252: (1.01¹²)^(252/12) − 1, over 1000%.
    expect(c.quantstats["risk_adjusted_return"]).toBeCloseTo(1.01 ** 252 - 1, 9);
    // Hand calculation: 12 monthly bars are one year, exposure 100%: 1.01¹² − 1 = 12.68%.
    expect(ours["risk_adjusted_return"]).toBeCloseTo(1.01 ** 12 - 1, 14);
    expectAgreement(ours["risk_adjusted_return"]!, c.corrected["risk_adjusted_return"]!, "rar");
    // At 252 periods a year both agree.
    const daily = goldenCase("spy daily rf=0.02");
    expect(daily.corrected["risk_adjusted_return"]).toBeUndefined();
  });

  it("4. beta, alpha and Treynor against a benchmark that never moves are NaN", () => {
    const c = goldenCase("flat benchmark");
    const ours = metricsOf(c);
    // QuantStats: greeks() fills the undefined beta and alpha with 0, and treynor_ratio answers
    // 0 for a zero beta.
    expect(c.quantstats["beta"]).toBe(0);
    expect(c.quantstats["alpha"]).toBe(0);
    expect(c.quantstats["treynor_ratio"]).toBe(0);
    // Hand calculation: the benchmark's variance is 0, so cov / var is 0 / 0.
    expect(ours["beta"]).toBeNaN();
    expect(ours["alpha"]).toBeNaN();
    expect(ours["treynor_ratio"]).toBeNaN();
  });

  it("5. a negative risk-free rate is subtracted, not ignored", () => {
    const c = goldenCase("small mixed negative rf");
    const ours = metricsOf(c);
    // QuantStats subtracts rf only when rf > 0, so at −1% its Sharpe is the rf = 0 one; a
    // negative rate raises every excess return, so the right Sharpe ratio is higher.
    expect(ours["sharpe_ratio"]!).toBeGreaterThan(c.quantstats["sharpe_ratio"]!);
    for (const key of DOCUMENTED.negativeRiskFree) {
      expectAgreement(ours[key]!, c.corrected[key]!, key);
    }
  });
});
