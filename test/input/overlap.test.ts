import { describe, expect, it } from "vitest";

import { InputError } from "../../scripts/lib/errors.ts";
import { assertOverlap } from "../../scripts/lib/input/overlap.ts";
import type { ReturnSeries } from "../../scripts/lib/input/types.ts";

const FILES = { returns: "strategy.csv", benchmark: "spy.csv" };
const day = (d: number) => Date.UTC(2024, 0, d);

function series(days: number[] | null, length = days?.length ?? 0): ReturnSeries {
  return {
    timestamps: days === null ? null : Float64Array.from(days, day),
    returns: new Float64Array(length).fill(0.01),
  };
}

describe("assertOverlap", () => {
  it("counts the shared timestamps", () => {
    // Shared: the 3rd, 4th and 5th.
    expect(assertOverlap(series([1, 2, 3, 4, 5]), series([3, 4, 5, 6]), FILES)).toBe(3);
  });

  it("refuses fewer than two shared timestamps, giving both spans", () => {
    const run = () => assertOverlap(series([1, 2, 3]), series([3, 4, 5]), FILES);
    expect(run).toThrow(InputError);
    expect(run).toThrow(
      "strategy.csv (--returns) and spy.csv (--benchmark) share 1 timestamp(s); at least two " +
        "are needed. strategy.csv runs 2024-01-01 to 2024-01-03; spy.csv runs 2024-01-03 to " +
        "2024-01-05.",
    );
  });

  it("lines up undated series by position", () => {
    expect(assertOverlap(series(null, 5), series(null, 3), FILES)).toBe(3);
    expect(() => assertOverlap(series(null, 5), series(null, 1), FILES)).toThrow(/share 1/);
  });

  it("refuses a dated series against an undated one", () => {
    expect(() => assertOverlap(series([1, 2, 3]), series(null, 3), FILES)).toThrow(
      /spy\.csv has no dates and the other has/,
    );
  });
});
