import { describe, expect, it } from "vitest";

import { payoffRatio } from "../../../scripts/lib/metrics/ratios/payoff-ratio.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("payoffRatio", () => {
  itAgreesWithQuantStats("payoff_ratio", (c) => payoffRatio(c.series.returns));

  it("divides the average win by the average loss", () => {
    // Hand calculation: average win 0.02, average loss −0.01.
    expect(payoffRatio(returnsOf(0.03, -0.01, 0.01))).toBeCloseTo(2, 14);
  });

  it("is NaN without a loss", () => {
    expect(payoffRatio(returnsOf(0.03, 0.01))).toBeNaN();
  });
});
