import { describe, expect, it } from "vitest";

import { informationRatio } from "../../../scripts/lib/metrics/benchmark/information-ratio.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("informationRatio", () => {
  itAgreesWithQuantStats("information_ratio", (c) =>
    informationRatio(c.series.returns, c.benchmark!.returns),
  );

  it("divides the mean active return by the tracking error, per bar", () => {
    // Hand calculation: active returns 0.02 and 0.01; mean 0.015, s = √0.00005.
    const ratio = informationRatio(returnsOf(0.03, 0.01), returnsOf(0.01, 0));
    expect(ratio).toBeCloseTo(0.015 / Math.sqrt(0.00005), 12);
  });

  it("is 0 when the strategy tracks the benchmark exactly, as in QuantStats", () => {
    expect(informationRatio(returnsOf(0.01, 0.02), returnsOf(0.01, 0.02))).toBe(0);
  });
});
