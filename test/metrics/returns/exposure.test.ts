import { describe, expect, it } from "vitest";

import { exposure } from "../../../scripts/lib/metrics/returns/exposure.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("exposure", () => {
  itAgreesWithQuantStats("exposure", (c) => exposure(c.series.returns));

  it("is the share of moving bars rounded up to a whole percent", () => {
    // Hand calculation: 2 of 3 bars moved, 66.67% rounds up to 67%.
    expect(exposure(returnsOf(0.01, 0, 0.02))).toBe(0.67);
    // Hand calculation: 1 of 4 bars, exactly 25%.
    expect(exposure(returnsOf(0, 0, 0.01, 0))).toBe(0.25);
  });
});
