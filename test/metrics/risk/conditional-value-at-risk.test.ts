import { describe, expect, it } from "vitest";

import { conditionalValueAtRisk } from "../../../scripts/lib/metrics/risk/conditional-value-at-risk.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("conditionalValueAtRisk", () => {
  itAgreesWithQuantStats("cvar", (c) => conditionalValueAtRisk(c.series.returns));

  it("is the normal expected shortfall", () => {
    // Hand calculation: μ − σ φ(Φ⁻¹(0.05)) / 0.05 with μ = 0, σ = √0.0002, and
    // φ(Φ⁻¹(1 − 0.95)) = 0.10313564037537139 (scipy norm.pdf(norm.ppf(1 - 0.95))).
    const expected = (-Math.sqrt(0.0002) * 0.10313564037537139) / 0.05;
    expect(conditionalValueAtRisk(returnsOf(0.01, -0.01))).toBeCloseTo(expected, 14);
  });

  it("is the mean when the returns do not vary", () => {
    expect(conditionalValueAtRisk(returnsOf(0, 0, 0))).toBe(0);
  });
});
