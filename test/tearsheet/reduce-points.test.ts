import { describe, expect, it } from "vitest";

import { reducePoints } from "../../scripts/lib/tearsheet/reduce-points.ts";

/** A seeded walk, so that every run reduces the same series (mulberry32 generator). */
function walk(length: number, seed: number): Float64Array {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let level = 0;
  return Float64Array.from({ length }, () => (level += random() - 0.5));
}

describe("reducePoints", () => {
  const xs = Float64Array.from({ length: 100_000 }, (_, i) => i);

  it("keeps at most two points per bucket plus the first and last", () => {
    const points = reducePoints(xs, walk(100_000, 1), 360);

    expect(points.length).toBeLessThanOrEqual(2 * 360 + 2);
    expect(points[0]).toEqual([0, expect.any(Number)]);
    expect(points.at(-1)?.[0]).toBe(99_999);
  });

  it("keeps the lowest and the highest value of the whole series, at their own x", () => {
    const ys = walk(100_000, 2);
    ys[54_321] = -1_000; // a one-bar crash: the deepest drawdown must survive the reduction
    ys[12_345] = 1_000;

    const points = reducePoints(xs, ys, 360);

    expect(points).toContainEqual([54_321, -1_000]);
    expect(points).toContainEqual([12_345, 1_000]);
  });

  it("keeps the points in x order", () => {
    const points = reducePoints(xs, walk(100_000, 3), 360);

    expect(points.every((point, i) => i === 0 || point[0] > points[i - 1]![0])).toBe(true);
  });

  it("returns a short series whole, without its non-finite values", () => {
    const ys = [NaN, 1, Infinity, 2];

    expect(reducePoints([10, 11, 12, 13], ys, 360)).toEqual([
      [11, 1],
      [13, 2],
    ]);
  });
});
