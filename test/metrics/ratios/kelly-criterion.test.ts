import { describe, expect, it } from "vitest";

import { kellyCriterion } from "../../../scripts/lib/metrics/ratios/kelly-criterion.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("kellyCriterion", () => {
  itAgreesWithQuantStats("kelly_criterion", (c) => kellyCriterion(c.series.returns));

  it("is p − (1 − p) / b", () => {
    // Hand calculation: p = 2/3, b = 2: 2/3 − (1/3)/2 = 0.5.
    expect(kellyCriterion(returnsOf(0.03, -0.01, 0.01))).toBeCloseTo(0.5, 14);
  });

  it("is NaN without a loss (payoff undefined)", () => {
    expect(kellyCriterion(returnsOf(0.03, 0.01))).toBeNaN();
  });
});
