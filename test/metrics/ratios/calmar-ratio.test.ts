import { describe, expect, it } from "vitest";

import { calmarRatio } from "../../../scripts/lib/metrics/ratios/calmar-ratio.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("calmarRatio", () => {
  itAgreesWithQuantStats("calmar_ratio", (c) => calmarRatio(c.series.returns, c.periodsPerYear));

  it("divides CAGR by the maximum drawdown", () => {
    // Hand calculation: three bars at P = 3 are one year; total 1.1 × 0.5 × 1.2 − 1 = −0.34;
    // maximum drawdown −50%.
    expect(calmarRatio(returnsOf(0.1, -0.5, 0.2), 3)).toBeCloseTo(-0.34 / 0.5, 14);
  });

  it("is +Infinity for a gain without a drawdown", () => {
    expect(calmarRatio(returnsOf(0.01, 0.02), 252)).toBe(Infinity);
  });
});
