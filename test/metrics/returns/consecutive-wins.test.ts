import { describe, expect, it } from "vitest";

import { consecutiveWins } from "../../../scripts/lib/metrics/returns/consecutive-wins.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("consecutiveWins", () => {
  itAgreesWithQuantStats("consecutive_wins", (c) => consecutiveWins(c.series.returns));

  it("counts the longest run of gains, a flat bar ending it", () => {
    // Hand calculation: runs of 2 then 1.
    expect(consecutiveWins(returnsOf(0.01, 0.02, 0, 0.01))).toBe(2);
    expect(consecutiveWins(returnsOf(-0.01, 0))).toBe(0);
  });
});
