import { describe, expect, it } from "vitest";

import { tailRatio } from "../../../scripts/lib/metrics/ratios/tail-ratio.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("tailRatio", () => {
  itAgreesWithQuantStats("tail_ratio", (c) => tailRatio(c.series.returns));

  it("divides the 95% quantile by the 5% quantile", () => {
    // Hand calculation (type 7): q(0.95) = 0.037, q(0.05) = −0.017.
    expect(tailRatio(returnsOf(0.04, -0.02, 0.01))).toBeCloseTo(0.037 / 0.017, 13);
  });

  it("is NaN when the 5% quantile is 0", () => {
    expect(tailRatio(returnsOf(0, 0, 0.01))).toBeNaN();
  });
});
