import { describe, expect, it } from "vitest";

import { sharpeRatio } from "../../../scripts/lib/metrics/ratios/sharpe-ratio.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("sharpeRatio", () => {
  itAgreesWithQuantStats("sharpe_ratio", (c) => sharpeRatio(c.series.returns, options(c)));
  itAgreesWithQuantStats("smart_sharpe", (c) =>
    sharpeRatio(c.series.returns, { ...options(c), smart: true }),
  );

  it("divides the mean excess return by its deviation and annualises", () => {
    // Hand calculation: mean 0.02, s = √0.0002, √4 for P = 4.
    const ratio = sharpeRatio(returnsOf(0.01, 0.03), { riskFreeRate: 0, periodsPerYear: 4 });
    expect(ratio).toBeCloseTo((0.02 / Math.sqrt(0.0002)) * 2, 13);
  });

  it("subtracts the risk-free rate de-annualised geometrically", () => {
    // Hand calculation: 21% a year over P = 2 is 10% a period: excess (0, 0.2), mean 0.1,
    // s = √0.02, not annualised.
    const ratio = sharpeRatio(returnsOf(0.1, 0.3), {
      riskFreeRate: 0.21,
      periodsPerYear: 2,
      annualize: false,
    });
    expect(ratio).toBeCloseTo(0.1 / Math.sqrt(0.02), 13);
  });
});

function options(c: { riskFreeRate: number; periodsPerYear: number }) {
  return { riskFreeRate: c.riskFreeRate, periodsPerYear: c.periodsPerYear };
}
