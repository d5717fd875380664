import { describe, expect, it } from "vitest";

import { valueAtRisk } from "../../../scripts/lib/metrics/risk/value-at-risk.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("valueAtRisk", () => {
  itAgreesWithQuantStats("var", (c) => valueAtRisk(c.series.returns));

  it("is the normal 5% quantile", () => {
    // Hand calculation: μ = 0, σ = √0.0002;
    // Φ⁻¹(1 − 0.95) = −1.6448536269514722 (scipy norm.ppf(1 - 0.95)).
    expect(valueAtRisk(returnsOf(0.01, -0.01))).toBeCloseTo(
      -1.6448536269514722 * Math.sqrt(0.0002),
      14,
    );
  });

  it("is NaN when the returns do not vary, as scipy's normal with σ = 0", () => {
    expect(valueAtRisk(returnsOf(0, 0, 0))).toBeNaN();
  });
});
