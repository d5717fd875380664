import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { computeMetrics } from "../../scripts/lib/metrics/index.ts";
import { expectAgreement, expectedValue, golden } from "./golden.ts";

// Expected values: the real quantstats 0.0.86 (test/oracle/golden.py, regenerated every run),
// or, for the keys listed under "Deliberate differences" in references/metrics.md, the right
// value built from QuantStats' own functions in golden.py.
describe("computeMetrics agrees with QuantStats 0.0.86 on every key", () => {
  it.each(golden().cases.map((c) => [c.name, c] as const))("%s", (_name, goldenCase) => {
    const metrics = computeMetrics(goldenCase.series, {
      periodsPerYear: goldenCase.periodsPerYear,
      riskFreeRate: goldenCase.riskFreeRate,
      ...(goldenCase.benchmark === null ? {} : { benchmark: goldenCase.benchmark }),
    });

    expect(Object.keys(metrics).sort()).toEqual(Object.keys(goldenCase.quantstats).sort());
    for (const key of Object.keys(goldenCase.quantstats)) {
      expectAgreement(metrics[key]!, expectedValue(goldenCase, key), `${goldenCase.name}: ${key}`);
    }
  });
});

describe("computeMetrics without timestamps", () => {
  const c = golden().cases.find((candidate) => candidate.name === "small mixed")!;
  const metrics = computeMetrics(
    { timestamps: null, returns: c.series.returns },
    { periodsPerYear: 252, riskFreeRate: 0.02 },
  );

  it("answers NaN for every calendar metric", () => {
    const calendar = [
      "best_month",
      "worst_month",
      "best_year",
      "worst_year",
      "avg_up_month",
      "avg_down_month",
      "expected_monthly",
      "expected_yearly",
      "win_month",
      "win_quarter",
      "win_year",
      "mtd",
      "three_month",
      "six_month",
      "ytd",
      "one_year",
      "three_year_ann",
      "five_year_ann",
      "ten_year_ann",
      "avg_drawdown_days",
      "longest_dd_days",
      "gain_to_pain_1m",
    ];
    for (const key of calendar) expect(metrics[key], key).toBeNaN();
  });

  it("keeps every other metric, with bars as days for the gain to pain ratio", () => {
    // Expected: the same values as with timestamps (quantstats 0.0.86 on the dated series);
    // the series is daily, so one bar per day gives the same daily gain to pain ratio.
    for (const key of ["sharpe_ratio", "max_drawdown", "avg_drawdown", "gain_to_pain_ratio"]) {
      expectAgreement(metrics[key]!, expectedValue(c, key), key);
    }
  });

  it("adds the benchmark keys only with a benchmark", () => {
    expect(metrics).not.toHaveProperty("beta");
    const withBenchmark = computeMetrics(c.series, {
      periodsPerYear: 252,
      riskFreeRate: 0.02,
      benchmark: c.benchmark!,
    });
    const added = Object.keys(withBenchmark).filter((key) => !(key in metrics));
    expect(added.sort()).toEqual(
      ["alpha", "beta", "correlation", "information_ratio", "r_squared", "treynor_ratio"].sort(),
    );
  });

  it("does not change its input", () => {
    const returns = Float64Array.from(c.series.returns);
    computeMetrics(
      { timestamps: c.series.timestamps, returns },
      { periodsPerYear: 252, riskFreeRate: 0 },
    );
    expect(returns).toEqual(c.series.returns);
  });
});

describe("computeMetrics on any input", () => {
  it("answers a number for every key and never throws", () => {
    // Property: random series of 0 to 40 returns above −1, with or without daily timestamps.
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -0.99, max: 2, noNaN: true }), { maxLength: 40 }),
        fc.boolean(),
        (values, dated) => {
          const returns = Float64Array.from(values);
          const timestamps = dated
            ? Float64Array.from(values, (_, i) => Date.UTC(2024, 0, 1) + i * 86_400_000)
            : null;
          const metrics = computeMetrics(
            { timestamps, returns },
            { periodsPerYear: 252, riskFreeRate: 0.02, benchmark: { timestamps, returns } },
          );
          for (const value of Object.values(metrics)) expect(typeof value).toBe("number");
        },
      ),
      { numRuns: 300 },
    );
  });
});
