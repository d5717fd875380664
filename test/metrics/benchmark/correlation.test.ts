import { describe, expect, it } from "vitest";

import { correlation } from "../../../scripts/lib/metrics/benchmark/correlation.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("correlation", () => {
  itAgreesWithQuantStats("correlation", (c) => correlation(c.series.returns, c.benchmark!.returns));

  it("is ±1 for exactly linear series", () => {
    // Hand calculation: r = 2b, then r = −b.
    expect(correlation(returnsOf(0.02, -0.02, 0.01), returnsOf(0.01, -0.01, 0.005))).toBeCloseTo(
      1,
      14,
    );
    expect(correlation(returnsOf(-0.01, 0.01, 0.03), returnsOf(0.01, -0.01, -0.03))).toBeCloseTo(
      -1,
      14,
    );
  });

  it("is NaN when one side never moves", () => {
    expect(correlation(returnsOf(0.01, 0.02), returnsOf(0, 0))).toBeNaN();
  });
});
