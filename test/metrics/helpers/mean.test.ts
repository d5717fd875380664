import { describe, expect, it } from "vitest";

import { mean } from "../../../scripts/lib/metrics/helpers/mean.ts";
import { returnsOf } from "../golden.ts";

describe("mean", () => {
  it("divides the sum by the count", () => {
    // Hand calculation: (0.01 − 0.02 + 0.03) / 3.
    expect(mean(returnsOf(0.01, -0.02, 0.03))).toBeCloseTo(0.02 / 3, 16);
  });

  it("is NaN for no values", () => {
    expect(mean(returnsOf())).toBeNaN();
  });
});
