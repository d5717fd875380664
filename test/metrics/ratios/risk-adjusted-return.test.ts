import { describe, expect, it } from "vitest";

import { riskAdjustedReturn } from "../../../scripts/lib/metrics/ratios/risk-adjusted-return.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("riskAdjustedReturn", () => {
  // Where P ≠ 252 the expected value is the corrected one (see deliberate-differences.test.ts).
  itAgreesWithQuantStats("risk_adjusted_return", (c) =>
    riskAdjustedReturn(c.series.returns, c.riskFreeRate, c.periodsPerYear),
  );

  it("divides the CAGR by the time in market", () => {
    // Hand calculation: four bars at P = 4 are one year; total 1.1 × 1.1 − 1 = 0.21; exposure
    // 2 of 4 bars = 0.5.
    expect(riskAdjustedReturn(returnsOf(0.1, 0, 0.1, 0), 0, 4)).toBeCloseTo(0.42, 14);
  });
});
