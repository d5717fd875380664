import { describe, expect, it } from "vitest";

import { profitFactor } from "../../../scripts/lib/metrics/ratios/profit-factor.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("profitFactor", () => {
  itAgreesWithQuantStats("profit_factor", (c) => profitFactor(c.series.returns));

  it("divides gross gains by gross losses", () => {
    // Hand calculation: (0.03 + 0.01) / 0.01.
    expect(profitFactor(returnsOf(0.03, -0.01, 0.01))).toBeCloseTo(4, 14);
  });

  it("is +Infinity with gains and no loss, 0 with neither", () => {
    expect(profitFactor(returnsOf(0.01, 0))).toBe(Infinity);
    expect(profitFactor(returnsOf(0, 0))).toBe(0);
  });
});
