import { describe, expect, it } from "vitest";

import { centralMoments } from "../../../scripts/lib/metrics/helpers/central-moments.ts";
import { returnsOf } from "../golden.ts";

describe("centralMoments", () => {
  it("accumulates the sums of powers of deviations", () => {
    // Hand calculation for (1, 2, 6): deviations (−2, −1, 3); m2 = 14, m3 = −8 − 1 + 27 = 18,
    // m4 = 16 + 1 + 81 = 98.
    const moments = centralMoments(returnsOf(1, 2, 6));
    expect(moments.count).toBe(3);
    expect(moments.m2).toBeCloseTo(14, 12);
    expect(moments.m3).toBeCloseTo(18, 12);
    expect(moments.m4).toBeCloseTo(98, 12);
  });
});
