import { describe, expect, it } from "vitest";

import { sortinoRatio } from "../../../scripts/lib/metrics/ratios/sortino-ratio.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("sortinoRatio", () => {
  itAgreesWithQuantStats("sortino_ratio", (c) => sortinoRatio(c.series.returns, options(c)));
  itAgreesWithQuantStats("smart_sortino", (c) =>
    sortinoRatio(c.series.returns, { ...options(c), smart: true }),
  );

  it("divides by the downside deviation over all bars", () => {
    // Hand calculation: mean 0.01, downside √(0.0001 / 2), P = 1.
    const ratio = sortinoRatio(returnsOf(0.03, -0.01), { riskFreeRate: 0, periodsPerYear: 1 });
    expect(ratio).toBeCloseTo(0.01 / Math.sqrt(0.0001 / 2), 13);
  });

  it("is NaN without a loss", () => {
    expect(sortinoRatio(returnsOf(0.01, 0.02), { riskFreeRate: 0, periodsPerYear: 1 })).toBeNaN();
  });
});

function options(c: { riskFreeRate: number; periodsPerYear: number }) {
  return { riskFreeRate: c.riskFreeRate, periodsPerYear: c.periodsPerYear };
}
