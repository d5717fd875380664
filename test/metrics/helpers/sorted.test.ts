import { describe, expect, it } from "vitest";

import { sortedCopy } from "../../../scripts/lib/metrics/helpers/sorted.ts";
import { returnsOf } from "../golden.ts";

describe("sortedCopy", () => {
  it("sorts a copy and leaves the input alone", () => {
    const returns = returnsOf(0.03, -0.01, 0.02);
    expect(Array.from(sortedCopy(returns))).toEqual([-0.01, 0.02, 0.03]);
    expect(Array.from(returns)).toEqual([0.03, -0.01, 0.02]);
  });

  it("makes the copy once per input array", () => {
    const returns = returnsOf(0.03, -0.01);
    expect(sortedCopy(returns)).toBe(sortedCopy(returns));
  });
});
