import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { median } from "../../scripts/lib/input/stats.ts";

describe("median (quickselect)", () => {
  it("agrees with sorting, for any finite numbers", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1 }),
        (values) => {
          const sorted = [...values].sort((a, b) => a - b);
          const middle = sorted.length >> 1;
          const bySorting =
            sorted.length % 2 === 1
              ? (sorted[middle] as number)
              : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
          // === rather than toBe: the median of [-0, 0] may be either zero.
          expect(median(values) === bySorting).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("hand examples: odd, even, empty, repeated values", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5); // (2 + 3) / 2
    expect(median([])).toBeNaN();
    expect(median([5, 5, 5, 1, 5])).toBe(5);
  });

  it("does not change its input", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
