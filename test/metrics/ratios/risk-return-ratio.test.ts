import { describe, expect, it } from "vitest";

import { riskReturnRatio } from "../../../scripts/lib/metrics/ratios/risk-return-ratio.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("riskReturnRatio", () => {
  itAgreesWithQuantStats("risk_return_ratio", (c) => riskReturnRatio(c.series.returns));

  it("is the mean over the deviation, per bar", () => {
    // Hand calculation: 0.02 / √0.0002.
    expect(riskReturnRatio(returnsOf(0.01, 0.03))).toBeCloseTo(0.02 / Math.sqrt(0.0002), 13);
  });

  it("is NaN when the returns do not vary", () => {
    expect(riskReturnRatio(returnsOf(0, 0))).toBeNaN();
  });
});
