import { describe, expect, it } from "vitest";

import { kurtosis } from "../../../scripts/lib/metrics/distribution/kurtosis.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("kurtosis", () => {
  itAgreesWithQuantStats("kurtosis", (c) => kurtosis(c.series.returns));

  it("is the bias-corrected excess kurtosis G2", () => {
    // Hand calculation for (1, 2, 3, 10): mean 4, deviations (−3, −2, −1, 6), m2 = 50,
    // m4 = 81 + 16 + 1 + 1296 = 1394; G2 = 3/(2 × 1) × (4 × 5 × 1394/2500 − 3 × 3).
    expect(kurtosis(returnsOf(1, 2, 3, 10))).toBeCloseTo(1.5 * ((20 * 1394) / 2500 - 9), 13);
  });

  it("is NaN for fewer than four returns", () => {
    expect(kurtosis(returnsOf(0.01, 0.02, 0.03))).toBeNaN();
  });
});
