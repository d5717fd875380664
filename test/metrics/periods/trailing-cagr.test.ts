import { describe, expect, it } from "vitest";

import { trailingCagr } from "../../../scripts/lib/metrics/periods/trailing-cagr.ts";
import { day, itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("trailingCagr", () => {
  const months = { three_year_ann: 35, five_year_ann: 59, ten_year_ann: 119 };
  for (const [key, count] of Object.entries(months)) {
    itAgreesWithQuantStats(key, (c) =>
      trailingCagr(c.series.returns, c.series.timestamps, count, c.periodsPerYear),
    );
  }

  it("annualises the bars inside the window only", () => {
    const timestamps = Float64Array.from([day("2020-01-31"), day("2023-01-31"), day("2024-01-31")]);
    // Hand calculation: 31 Jan 2024 − 35 months = 28 Feb 2021; two bars remain, 2 / 1 years:
    // (1.1 × 1.1)^(1/2) − 1 = 0.1.
    expect(trailingCagr(returnsOf(0.5, 0.1, 0.1), timestamps, 35, 1)).toBeCloseTo(0.1, 15);
  });

  it("is NaN without timestamps", () => {
    expect(trailingCagr(returnsOf(0.01), null, 35, 252)).toBeNaN();
  });
});
