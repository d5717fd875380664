import { describe, expect, it } from "vitest";

import { outlierWinRatio } from "../../../scripts/lib/metrics/ratios/outlier-win-ratio.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("outlierWinRatio", () => {
  itAgreesWithQuantStats("outlier_win_ratio", (c) => outlierWinRatio(c.series.returns));

  it("divides the 99% quantile by the mean of the non-negative returns", () => {
    // Hand calculation: q(0.99) of (−0.01, 0, 0.02) = 0 + 0.98 × 0.02 = 0.0196; mean of
    // (0, 0.02) = 0.01.
    expect(outlierWinRatio(returnsOf(0.02, -0.01, 0))).toBeCloseTo(1.96, 13);
  });

  it("is NaN when no return is non-negative", () => {
    expect(outlierWinRatio(returnsOf(-0.01, -0.02))).toBeNaN();
  });
});
