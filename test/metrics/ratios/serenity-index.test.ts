import { describe, expect, it } from "vitest";

import { serenityIndex } from "../../../scripts/lib/metrics/ratios/serenity-index.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("serenityIndex", () => {
  itAgreesWithQuantStats("serenity_index", (c) => serenityIndex(c.series.returns, c.riskFreeRate));

  it("is NaN when the returns do not vary", () => {
    expect(serenityIndex(returnsOf(0.01, 0.01, 0.01), 0)).toBeNaN();
  });

  it("is NaN without a drawdown", () => {
    // Drawdowns all 0: the ulcer index is 0 and so is the denominator.
    expect(serenityIndex(returnsOf(0.01, 0.02, 0.03), 0)).toBeNaN();
  });
});
