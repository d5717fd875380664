import { describe, expect, it } from "vitest";

import {
  excessReturns,
  periodicRiskFreeRate,
} from "../../../scripts/lib/metrics/helpers/excess-returns.ts";
import { returnsOf } from "../golden.ts";

describe("excessReturns", () => {
  it("de-annualises the rate geometrically", () => {
    // Hand calculation: (1 + 0.21)^(1/2) − 1 = 0.1.
    expect(periodicRiskFreeRate(0.21, 2)).toBeCloseTo(0.1, 15);
    expect(Array.from(excessReturns(returnsOf(0.1, 0.3), 0.21, 2))).toEqual([
      0.1 - periodicRiskFreeRate(0.21, 2),
      0.3 - periodicRiskFreeRate(0.21, 2),
    ]);
  });

  it("returns the same array at a rate of 0", () => {
    const returns = returnsOf(0.01);
    expect(excessReturns(returns, 0, 252)).toBe(returns);
  });

  it("subtracts a negative rate too (QuantStats ignores it)", () => {
    // Hand calculation: (1 − 0.19)^(1/2) − 1 = −0.1, so 0 − (−0.1) = 0.1.
    expect(excessReturns(returnsOf(0), -0.19, 2)[0]).toBeCloseTo(0.1, 15);
  });
});
