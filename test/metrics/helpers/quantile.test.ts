import { describe, expect, it } from "vitest";

import { quantileSorted } from "../../../scripts/lib/metrics/helpers/quantile.ts";
import { sortedCopy } from "../../../scripts/lib/metrics/helpers/sorted.ts";
import { golden, goldenCase, returnsOf } from "../golden.ts";

describe("quantileSorted", () => {
  const returns = goldenCase("spy daily rf=0.0").series.returns;

  it.each(golden().helpers.quantiles)("equals pandas Series.quantile(%d)", (p, value) => {
    // Expected: pandas 3.1.1 Series.quantile(p) of the returns (golden.py, "helpers").
    expect(quantileSorted(sortedCopy(returns), p)).toBe(value);
  });

  it("interpolates between closest ranks (type 7)", () => {
    const sorted = returnsOf(1, 2, 3, 4);
    // Hand calculation: h = 3 × 0.5 = 1.5, halfway between 2 and 3.
    expect(quantileSorted(sorted, 0.5)).toBe(2.5);
    // h = 3 × 0.1 = 0.3: 1 + 0.3 × (2 − 1).
    expect(quantileSorted(sorted, 0.1)).toBeCloseTo(1.3, 15);
    expect(quantileSorted(sorted, 0)).toBe(1);
    expect(quantileSorted(sorted, 1)).toBe(4);
  });

  it("is NaN for no values", () => {
    expect(quantileSorted(returnsOf(), 0.5)).toBeNaN();
  });
});
