import { describe, expect, it } from "vitest";

import { historicalConditionalValueAtRisk } from "../../../scripts/lib/metrics/risk/historical-conditional-value-at-risk.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("historicalConditionalValueAtRisk", () => {
  itAgreesWithQuantStats("cvar_historical", (c) =>
    historicalConditionalValueAtRisk(c.series.returns),
  );

  it("averages the returns at or below the 5% quantile", () => {
    // Hand calculation: q(0.05) of (−0.05, 0.01, 0.02, 0.03) is −0.05 + 0.15 × 0.06 = −0.041;
    // only −0.05 lies at or below it.
    expect(historicalConditionalValueAtRisk(returnsOf(0.01, -0.05, 0.02, 0.03))).toBe(-0.05);
  });
});
