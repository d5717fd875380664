import { describe, expect, it } from "vitest";

import { omegaRatio } from "../../../scripts/lib/metrics/ratios/omega-ratio.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("omegaRatio", () => {
  itAgreesWithQuantStats("omega_ratio", (c) =>
    omegaRatio(c.series.returns, c.riskFreeRate, c.periodsPerYear),
  );

  it("divides gains above 0 by losses below it", () => {
    // Hand calculation: (0.03 + 0.01) / 0.02.
    expect(omegaRatio(returnsOf(0.03, -0.02, 0.01), 0, 252)).toBeCloseTo(2, 14);
  });

  it("is NaN without a loss or with fewer than two bars", () => {
    expect(omegaRatio(returnsOf(0.01, 0.02), 0, 252)).toBeNaN();
    expect(omegaRatio(returnsOf(-0.01), 0, 252)).toBeNaN();
  });
});
