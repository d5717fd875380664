import { describe, expect, it } from "vitest";

import { totalReturn } from "../../../scripts/lib/metrics/returns/total-return.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("totalReturn", () => {
  itAgreesWithQuantStats("total_return", (c) => totalReturn(c.series.returns));

  it("compounds: +10% then −10% is −1%", () => {
    // Hand calculation: 1.1 × 0.9 − 1 = −0.01.
    expect(totalReturn(returnsOf(0.1, -0.1))).toBeCloseTo(-0.01, 15);
  });

  it("is 0 for an empty series", () => {
    // Hand calculation: the empty product is 1.
    expect(totalReturn(returnsOf())).toBe(0);
  });
});
