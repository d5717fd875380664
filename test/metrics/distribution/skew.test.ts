import { describe, expect, it } from "vitest";

import { skew } from "../../../scripts/lib/metrics/distribution/skew.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("skew", () => {
  itAgreesWithQuantStats("skew", (c) => skew(c.series.returns));

  it("is the bias-corrected G1", () => {
    // Hand calculation for (1, 2, 6): mean 3, deviations (−2, −1, 3), m2 = 14, m3 = 18,
    // G1 = 3 √2 / 1 × 18 / 14^1.5.
    expect(skew(returnsOf(1, 2, 6))).toBeCloseTo(((3 * Math.SQRT2) / 1) * (18 / 14 ** 1.5), 14);
  });

  it("is NaN for fewer than three returns or no spread", () => {
    expect(skew(returnsOf(0.01, 0.02))).toBeNaN();
    expect(skew(returnsOf(0.01, 0.01, 0.01))).toBeNaN();
  });
});
