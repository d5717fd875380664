import { describe, expect, it } from "vitest";

import { partitions } from "../../../scripts/lib/metrics/helpers/partitions.ts";
import { returnsOf } from "../golden.ts";

describe("partitions", () => {
  it("splits by sign in order, flat bars with the non-negative ones", () => {
    const parts = partitions(returnsOf(0.01, -0.02, 0, 0.03, -0.01));
    expect(Array.from(parts.positive)).toEqual([0.01, 0.03]);
    expect(Array.from(parts.negative)).toEqual([-0.02, -0.01]);
    expect(Array.from(parts.nonNegative)).toEqual([0.01, 0, 0.03]);
    expect(Array.from(parts.nonZero)).toEqual([0.01, -0.02, 0.03, -0.01]);
  });
});
