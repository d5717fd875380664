import { describe, expect, it } from "vitest";

import { calendarAggregates } from "../../../scripts/lib/metrics/curves/calendar-aggregates.ts";
import { day, expectCurveAgreement, golden, returnsOf } from "../golden.ts";

describe("calendarAggregates", () => {
  const withCurves = golden().cases.filter((c) => c.curves !== null);
  it.each(withCurves.map((c) => [c.name, c] as const))(
    "agrees with quantstats aggregate_returns ME and YE on %s",
    (_name, c) => {
      expectCurveAgreement(
        calendarAggregates(c.series, "month").returns,
        c.curves!.monthlyReturns,
        `${c.name} months`,
      );
      expectCurveAgreement(
        calendarAggregates(c.series, "year").returns,
        c.curves!.yearlyReturns,
        `${c.name} years`,
      );
    },
  );

  it("compounds each month and labels it with its first day", () => {
    const timestamps = Float64Array.from(["2024-01-30", "2024-01-31", "2024-03-01"].map(day));
    const { starts, returns } = calendarAggregates(
      { timestamps, returns: returnsOf(0.1, 0.1, -0.05) },
      "month",
    );
    // Hand calculation: January 1.1 × 1.1 − 1; no February bar; March −0.05.
    expect(Array.from(starts)).toEqual([day("2024-01-01"), day("2024-03-01")]);
    expect(returns[0]).toBeCloseTo(0.21, 15);
    expect(returns[1]).toBeCloseTo(-0.05, 15);
  });

  it("is empty without timestamps", () => {
    const { starts, returns } = calendarAggregates(
      { timestamps: null, returns: returnsOf(0.1) },
      "year",
    );
    expect(starts.length + returns.length).toBe(0);
  });
});
