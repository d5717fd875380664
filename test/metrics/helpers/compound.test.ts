import { describe, expect, it } from "vitest";

import { compound } from "../../../scripts/lib/metrics/helpers/compound.ts";
import { returnsOf } from "../golden.ts";

describe("compound", () => {
  it("multiplies (1 + r) over a range", () => {
    // Hand calculation: 1.1 × 0.9 − 1 over the whole array, then 0.9 × 1.2 − 1 from index 1.
    expect(compound(returnsOf(0.1, -0.1, 0.2), 0, 2)).toBeCloseTo(-0.01, 15);
    expect(compound(returnsOf(0.1, -0.1, 0.2), 1)).toBeCloseTo(0.08, 15);
    expect(compound(returnsOf())).toBe(0);
  });
});
