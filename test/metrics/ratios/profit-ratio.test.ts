import { describe, expect, it } from "vitest";

import { profitRatio } from "../../../scripts/lib/metrics/ratios/profit-ratio.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("profitRatio", () => {
  itAgreesWithQuantStats("profit_ratio", (c) => profitRatio(c.series.returns));

  it("compares mean win per win with mean loss per loss", () => {
    // Hand calculation: (0.03 / 2) / (0.01 / 1).
    expect(profitRatio(returnsOf(0.02, 0.04, -0.01))).toBeCloseTo(1.5, 14);
  });

  it("is 0 without a win and NaN without a loss", () => {
    expect(profitRatio(returnsOf(-0.01, -0.02))).toBe(0);
    expect(profitRatio(returnsOf(0.01, 0.02))).toBeNaN();
  });
});
