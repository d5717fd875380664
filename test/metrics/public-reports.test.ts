import { describe, expect, it } from "vitest";

import {
  computeMetrics,
  drawdownEpisodes,
  inferPeriodsPerYear,
} from "../../scripts/lib/metrics/index.ts";
import { golden, goldenCase } from "./golden.ts";

// The four cases issue 3 names, each from public QuantStats reports.
describe("cases from public QuantStats reports", () => {
  it("twelve monthly 1% returns give 12.68% a year, not over 1000%", () => {
    const asDaily = goldenCase("twelve monthly 1% as 252");
    const asMonthly = goldenCase("twelve monthly 1% as 12");
    // quantstats 0.0.86 with its default 252 periods a year: (1.01¹²)^21 − 1 ≈ 1127%.
    expect(asDaily.quantstats["cagr"]!).toBeGreaterThan(10);
    // Periods per year come from the month-end timestamps.
    const { periodsPerYear } = inferPeriodsPerYear(asMonthly.series.timestamps);
    expect(periodsPerYear).toBe(12);
    const ours = computeMetrics(asMonthly.series, { periodsPerYear, riskFreeRate: 0 });
    // Hand calculation: 1.01¹² − 1; quantstats agrees when told 12.
    expect(ours["cagr"]).toBeCloseTo(1.01 ** 12 - 1, 14);
    expect(ours["cagr"]).toBeCloseTo(asMonthly.quantstats["cagr"]!, 14);
  });

  it("the maximum drawdown of prices 50, 55, 52, 60, 54 is −10% at any price level", () => {
    const c = goldenCase("prices 50 55 52 60 54");
    const ours = computeMetrics(c.series, { periodsPerYear: 252, riskFreeRate: 0 });
    // Hand calculation: 54 / 60 − 1.
    expect(ours["max_drawdown"]).toBeCloseTo(-0.1, 14);
    // quantstats 0.0.86 on the returns, and on the prices at two levels (golden.py).
    expect(c.quantstats["max_drawdown"]).toBeCloseTo(-0.1, 14);
    expect(golden().prices.maxDrawdownOfPrices).toBeCloseTo(-0.1, 14);
    expect(golden().prices.maxDrawdownOfPricesTimesTen).toBeCloseTo(-0.1, 14);
  });

  it("a series under water from its first bar still has a drawdown", () => {
    const c = goldenCase("under water from the first bar");
    const episodes = drawdownEpisodes(c.series.returns, c.series.timestamps);
    // Hand calculation: one episode from the first bar (2 January) to 4 January.
    expect(episodes).toHaveLength(1);
    expect(episodes[0]).toMatchObject({ startIndex: 0, endIndex: 2, days: 3 });
    // quantstats 0.0.86 finds none (see deliberate-differences.test.ts, entry 1).
    expect(c.quantstats["longest_dd_days"]).toBeNaN();
  });

  it("non-compounded growth below −100% does not turn into a gain", () => {
    const c = goldenCase("losses beyond the total");
    const ours = computeMetrics(c.series, { periodsPerYear: 252, riskFreeRate: 0 });
    // The returns sum to −110%: the recovery factor, built on that sum, stays negative
    // (quantstats 0.0.86 takes its absolute value; deliberate-differences.test.ts, entry 2).
    expect(ours["recovery_factor"]!).toBeLessThan(0);
    expect(c.quantstats["recovery_factor"]!).toBeGreaterThan(0);
    // The compounded growth rate is a loss on both sides.
    expect(ours["cagr"]!).toBeLessThan(0);
    expect(c.quantstats["cagr"]!).toBeLessThan(0);
  });
});
