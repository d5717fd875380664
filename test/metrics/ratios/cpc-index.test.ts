import { describe, expect, it } from "vitest";

import { cpcIndex } from "../../../scripts/lib/metrics/ratios/cpc-index.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("cpcIndex", () => {
  itAgreesWithQuantStats("cpc_index", (c) => cpcIndex(c.series.returns));

  it("multiplies profit factor, win rate and payoff ratio", () => {
    // Hand calculation: 4 × (2/3) × 2.
    expect(cpcIndex(returnsOf(0.03, -0.01, 0.01))).toBeCloseTo(16 / 3, 13);
  });
});
