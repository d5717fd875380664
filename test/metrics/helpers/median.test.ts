import { describe, expect, it } from "vitest";

import { median } from "../../../scripts/lib/metrics/helpers/median.ts";

describe("median", () => {
  it("is the middle value, or the mean of the two middle values", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(median([5, 5, 5, 1, 9, 5])).toBe(5);
  });

  it("agrees with sorting on a longer input", () => {
    const values = Array.from({ length: 1001 }, (_, i) => (i * 7919) % 1009);
    const sorted = [...values].sort((a, b) => a - b);
    expect(median(values)).toBe(sorted[500]);
  });

  it("is NaN for no values", () => {
    expect(median([])).toBeNaN();
  });
});
