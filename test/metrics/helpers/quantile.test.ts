import { describe, expect, it } from "vitest";

import { quantile } from "../../../scripts/lib/metrics/helpers/quantile.ts";
import { golden, goldenCase, returnsOf } from "../golden.ts";

describe("quantile", () => {
  const returns = goldenCase("spy daily rf=0.0").series.returns;

  it.each(golden().helpers.quantiles)("equals pandas Series.quantile(%d)", (p, value) => {
    // Expected: pandas 3.1.1 Series.quantile(p) of the returns (golden.py, "helpers").
    expect(quantile(returns, p)).toBe(value);
  });

  it("interpolates between closest ranks (type 7)", () => {
    const values = returnsOf(4, 1, 3, 2);
    // Hand calculation: sorted 1, 2, 3, 4; h = 3 × 0.5 = 1.5, halfway between 2 and 3.
    expect(quantile(values, 0.5)).toBe(2.5);
    // h = 3 × 0.1 = 0.3: 1 + 0.3 × (2 − 1).
    expect(quantile(values, 0.1)).toBeCloseTo(1.3, 15);
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 1)).toBe(4);
  });

  it("leaves its input alone", () => {
    const values = returnsOf(0.03, -0.01, 0.02);
    quantile(values, 0.5);
    expect(Array.from(values)).toEqual([0.03, -0.01, 0.02]);
  });

  it("is NaN for no values", () => {
    expect(quantile(returnsOf(), 0.5)).toBeNaN();
  });
});
