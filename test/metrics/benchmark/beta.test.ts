import { describe, expect, it } from "vitest";

import { beta } from "../../../scripts/lib/metrics/benchmark/beta.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("beta", () => {
  // On "flat benchmark" the expected value is the corrected NaN (see deliberate-differences).
  itAgreesWithQuantStats("beta", (c) => beta(c.series.returns, c.benchmark!.returns));

  it("is the covariance over the benchmark's variance", () => {
    // Hand calculation: the strategy moves exactly twice the benchmark.
    expect(beta(returnsOf(0.02, -0.02, 0.04), returnsOf(0.01, -0.01, 0.02))).toBeCloseTo(2, 14);
  });

  it("is NaN against a benchmark that never moves", () => {
    expect(beta(returnsOf(0.02, -0.02), returnsOf(0, 0))).toBeNaN();
  });

  it("refuses series of different lengths", () => {
    expect(() => beta(returnsOf(0.01), returnsOf(0.01, 0.02))).toThrow(/alignOnCommonTimestamps/);
  });
});
