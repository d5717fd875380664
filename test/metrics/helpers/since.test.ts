import { describe, expect, it } from "vitest";

import { firstIndexSince } from "../../../scripts/lib/metrics/helpers/since.ts";

describe("firstIndexSince", () => {
  it("finds the first timestamp at or after the threshold", () => {
    const timestamps = Float64Array.from([10, 20, 30]);
    expect(firstIndexSince(timestamps, 20)).toBe(1);
    expect(firstIndexSince(timestamps, 21)).toBe(2);
    expect(firstIndexSince(timestamps, 5)).toBe(0);
    expect(firstIndexSince(timestamps, 31)).toBe(3);
  });
});
