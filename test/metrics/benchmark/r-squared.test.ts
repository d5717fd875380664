import { describe, expect, it } from "vitest";

import { rSquared } from "../../../scripts/lib/metrics/benchmark/r-squared.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("rSquared", () => {
  itAgreesWithQuantStats("r_squared", (c) => rSquared(c.series.returns, c.benchmark!.returns));

  it("is the squared correlation", () => {
    // Hand calculation: deviations r (−0.01, 0, 0.01) and b (−0.01, 0.01, 0): cross 0.0001,
    // squares 0.0002 each; r = 0.5, R² = 0.25.
    expect(rSquared(returnsOf(0, 0.01, 0.02), returnsOf(0, 0.02, 0.01))).toBeCloseTo(0.25, 14);
  });

  it("follows scipy when the benchmark never moves: NaN if the covariance is 0 too", () => {
    expect(rSquared(returnsOf(0.01, 0.02), returnsOf(0, 0))).toBeNaN();
  });
});
