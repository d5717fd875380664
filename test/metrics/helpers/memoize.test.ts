import { describe, expect, it } from "vitest";

import { memoize } from "../../../scripts/lib/metrics/helpers/memoize.ts";
import { returnsOf } from "../golden.ts";

describe("memoize", () => {
  it("computes once per input array", () => {
    let calls = 0;
    const length = memoize((values) => {
      calls++;
      return values.length;
    });
    const a = returnsOf(1, 2);
    expect(length(a)).toBe(2);
    expect(length(a)).toBe(2);
    expect(length(returnsOf(1, 2, 3))).toBe(3);
    expect(calls).toBe(2);
  });
});
