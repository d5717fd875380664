import { describe, expect, it } from "vitest";

import { ulcerPerformanceIndex } from "../../../scripts/lib/metrics/ratios/ulcer-performance-index.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("ulcerPerformanceIndex", () => {
  itAgreesWithQuantStats("ulcer_performance_index", (c) =>
    ulcerPerformanceIndex(c.series.returns, c.riskFreeRate),
  );

  it("divides the total return less rf by the ulcer index", () => {
    // Hand calculation: total −0.34; drawdowns (0, −0.5, −0.4), ulcer √(0.41 / 2).
    expect(ulcerPerformanceIndex(returnsOf(0.1, -0.5, 0.2), 0)).toBeCloseTo(
      -0.34 / Math.sqrt(0.41 / 2),
      13,
    );
  });

  it("is NaN without a drawdown", () => {
    expect(ulcerPerformanceIndex(returnsOf(0.01, 0.02), 0)).toBeNaN();
  });
});
