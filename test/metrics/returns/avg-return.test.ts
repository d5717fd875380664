import { describe, expect, it } from "vitest";

import { avgReturn } from "../../../scripts/lib/metrics/returns/avg-return.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("avgReturn", () => {
  itAgreesWithQuantStats("avg_return", (c) => avgReturn(c.series.returns));

  it("leaves flat bars out", () => {
    // Hand calculation: (0.02 − 0.01) / 2; the 0 is not counted.
    expect(avgReturn(returnsOf(0.02, 0, -0.01))).toBeCloseTo(0.005, 15);
  });

  it("is NaN when no bar moved", () => {
    expect(avgReturn(returnsOf(0, 0))).toBeNaN();
  });
});
