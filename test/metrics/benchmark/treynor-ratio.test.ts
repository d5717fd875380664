import { describe, expect, it } from "vitest";

import { treynorRatio } from "../../../scripts/lib/metrics/benchmark/treynor-ratio.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("treynorRatio", () => {
  itAgreesWithQuantStats("treynor_ratio", (c) =>
    treynorRatio(c.series.returns, c.benchmark!.returns, c.riskFreeRate),
  );

  it("divides the total return less rf by beta", () => {
    // Hand calculation: β = 2; total 1.02 × 0.98 − 1 = −0.0004.
    expect(treynorRatio(returnsOf(0.02, -0.02), returnsOf(0.01, -0.01), 0)).toBeCloseTo(
      -0.0002,
      15,
    );
  });

  it("is NaN when beta is undefined", () => {
    expect(treynorRatio(returnsOf(0.02, -0.02), returnsOf(0, 0), 0)).toBeNaN();
  });
});
