import { describe, expect, it } from "vitest";

import { assertPaired, comoments } from "../../../scripts/lib/metrics/benchmark/covariance.ts";
import { returnsOf } from "../golden.ts";

describe("comoments", () => {
  it("sums the products of deviations from the means", () => {
    // Hand calculation: x deviations (−1, 0, 1), y deviations (−2, 0, 2).
    const moments = comoments(returnsOf(1, 2, 3), returnsOf(2, 4, 6));
    expect(moments).toEqual({
      count: 3,
      meanX: 2,
      meanY: 4,
      crossDeviations: 4,
      squaredDeviationsX: 2,
      squaredDeviationsY: 8,
    });
  });

  it("refuses unpaired series", () => {
    expect(() => assertPaired(returnsOf(1), returnsOf(1, 2))).toThrow(RangeError);
  });
});
