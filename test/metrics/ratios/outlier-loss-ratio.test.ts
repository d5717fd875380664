import { describe, expect, it } from "vitest";

import { outlierLossRatio } from "../../../scripts/lib/metrics/ratios/outlier-loss-ratio.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("outlierLossRatio", () => {
  itAgreesWithQuantStats("outlier_loss_ratio", (c) => outlierLossRatio(c.series.returns));

  it("divides the 1% quantile by the mean loss", () => {
    // Hand calculation: q(0.01) of (−0.03, −0.01, 0.02) = −0.03 + 0.02 × 0.02 = −0.0296; mean
    // loss −0.02.
    expect(outlierLossRatio(returnsOf(-0.01, 0.02, -0.03))).toBeCloseTo(1.48, 13);
  });

  it("is NaN without a loss", () => {
    expect(outlierLossRatio(returnsOf(0.01, 0.02))).toBeNaN();
  });
});
