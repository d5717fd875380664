import { describe, expect, it } from "vitest";

import { cagr } from "../../../scripts/lib/metrics/returns/cagr.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("cagr", () => {
  itAgreesWithQuantStats("cagr", (c) => cagr(c.series.returns, c.periodsPerYear));

  it("annualises by bars over periods per year", () => {
    // Hand calculation: twelve monthly +1% over one year: 1.01¹² − 1.
    expect(cagr(new Float64Array(12).fill(0.01), 12)).toBeCloseTo(1.01 ** 12 - 1, 14);
    // The same bars read as 12 trading days: (1.01¹²)^(252/12) − 1, over 1000%.
    expect(cagr(new Float64Array(12).fill(0.01), 252)).toBeCloseTo(1.01 ** 252 - 1, 10);
  });

  it("is NaN for an empty series", () => {
    expect(cagr(returnsOf(), 252)).toBeNaN();
  });
});
