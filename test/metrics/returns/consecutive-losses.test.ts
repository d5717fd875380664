import { describe, expect, it } from "vitest";

import { consecutiveLosses } from "../../../scripts/lib/metrics/returns/consecutive-losses.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("consecutiveLosses", () => {
  itAgreesWithQuantStats("consecutive_losses", (c) => consecutiveLosses(c.series.returns));

  it("counts the longest run of losses", () => {
    // Hand calculation: one run of 3.
    expect(consecutiveLosses(returnsOf(-0.01, -0.02, -0.01, 0.01))).toBe(3);
    expect(consecutiveLosses(returnsOf(0.01, 0))).toBe(0);
  });
});
