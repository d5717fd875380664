import { describe, expect, it } from "vitest";

import { kthSmallest, smallestFrom } from "../../../scripts/lib/metrics/helpers/order-statistic.ts";

describe("kthSmallest", () => {
  it("agrees with sorting, including with ties, and can be called again", () => {
    const values = Array.from({ length: 2001 }, (_, i) => ((i * 7919) % 1009) / 7);
    const sorted = [...values].sort((a, b) => a - b);
    const work = Float64Array.from(values);
    for (const k of [0, 1, 500, 1000, 1999, 2000, 3]) {
      expect(kthSmallest(work, k)).toBe(sorted[k]);
      if (k < 2000) expect(smallestFrom(work, k + 1)).toBe(sorted[k + 1]);
    }
  });
});
