import { describe, expect, it } from "vitest";

import { histogram } from "../../../scripts/lib/tearsheet/curves/histogram.ts";

describe("histogram", () => {
  it("puts each series' shares over the same 40 bins, each series summing to 1", () => {
    const a = Float64Array.from({ length: 1_000 }, (_, i) => (i - 500) / 10_000);
    const b = a.map((x) => x / 2);

    const { edges, shares } = histogram([a, b]);

    expect(edges).toHaveLength(41);
    expect(shares.map((share) => share.reduce((sum, x) => sum + x, 0))).toEqual([
      expect.closeTo(1, 12),
      expect.closeTo(1, 12),
    ]);
  });

  it("counts values beyond the 0.1% and 99.9% quantiles in the edge bins and reports them", () => {
    // 998 values of 0 and two crashes: the quantiles of 1,000 values are 0 (index 0.999 and
    // 998.001 of the sorted values), so both crashes fall outside the range.
    const values = new Float64Array(1_000);
    values[10] = -0.3;
    values[20] = 0.4;

    const { shares, clipped } = histogram([values]);

    expect(clipped).toBe(2);
    expect(shares[0]![0]).toBeCloseTo(1 / 1_000, 12);
    expect(shares[0]!.at(-1)).toBeCloseTo(1 / 1_000, 12);
  });
});
