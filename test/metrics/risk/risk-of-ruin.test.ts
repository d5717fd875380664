import { describe, expect, it } from "vitest";

import { riskOfRuin } from "../../../scripts/lib/metrics/risk/risk-of-ruin.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("riskOfRuin", () => {
  itAgreesWithQuantStats("risk_of_ruin", (c) => riskOfRuin(c.series.returns));

  it("raises the loss odds to the number of bars, flat bars included", () => {
    // Hand calculation: win rate 1/2, ((1 − ½)/(1 + ½))³ = 1/27 over three bars.
    expect(riskOfRuin(returnsOf(0.01, -0.01, 0))).toBeCloseTo(1 / 27, 15);
  });
});
