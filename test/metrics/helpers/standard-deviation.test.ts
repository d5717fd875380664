import { describe, expect, it } from "vitest";

import {
  sampleStandardDeviation,
  sampleVariance,
} from "../../../scripts/lib/metrics/helpers/standard-deviation.ts";
import { golden, goldenCase, returnsOf } from "../golden.ts";

describe("sampleVariance", () => {
  const returns = goldenCase("spy daily rf=0.0").series.returns;

  it.each(golden().helpers.variances)("equals pandas Series.var() on %i values", (n, variance) => {
    // Expected: pandas 3.1.1 Series.var() of the first n returns (golden.py, "helpers").
    expect(sampleVariance(returns.subarray(0, n))).toBe(variance);
  });

  it("divides by n − 1 and is NaN below two values", () => {
    // Hand calculation: deviations ±0.01 from 0: (0.0001 + 0.0001) / 1.
    expect(sampleVariance(returnsOf(0.01, -0.01))).toBeCloseTo(0.0002, 18);
    expect(sampleStandardDeviation(returnsOf(0.01, -0.01))).toBeCloseTo(Math.sqrt(0.0002), 16);
    expect(sampleVariance(returnsOf(0.01))).toBeNaN();
  });

  it("is exactly 0 for a constant series whose mean is exact", () => {
    expect(sampleVariance(returnsOf(0.5, 0.5, 0.5))).toBe(0);
  });
});
