import { describe, expect, it } from "vitest";

import { alpha } from "../../../scripts/lib/metrics/benchmark/alpha.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("alpha", () => {
  itAgreesWithQuantStats("alpha", (c) =>
    alpha(c.series.returns, c.benchmark!.returns, c.periodsPerYear),
  );

  it("annualises the mean return beta does not explain", () => {
    // Hand calculation: r = 2b + 0.01 per bar, so β = 2 and α = 0.01 × 252.
    const benchmark = returnsOf(0.01, -0.01, 0.02);
    const returns = returnsOf(0.03, -0.01, 0.05);
    expect(alpha(returns, benchmark, 252)).toBeCloseTo(2.52, 12);
  });
});
