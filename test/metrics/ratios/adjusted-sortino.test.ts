import { describe, expect, it } from "vitest";

import { adjustedSortino } from "../../../scripts/lib/metrics/ratios/adjusted-sortino.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("adjustedSortino", () => {
  const options = (c: { riskFreeRate: number; periodsPerYear: number }) => ({
    riskFreeRate: c.riskFreeRate,
    periodsPerYear: c.periodsPerYear,
  });
  itAgreesWithQuantStats("adjusted_sortino", (c) => adjustedSortino(c.series.returns, options(c)));
  itAgreesWithQuantStats("smart_adjusted_sortino", (c) =>
    adjustedSortino(c.series.returns, { ...options(c), smart: true }),
  );

  it("is the Sortino ratio over √2", () => {
    // Hand calculation: Sortino 0.01 / √0.00005 = √2, so the adjusted ratio is 1.
    const ratio = adjustedSortino(returnsOf(0.03, -0.01), { riskFreeRate: 0, periodsPerYear: 1 });
    expect(ratio).toBeCloseTo(1, 14);
  });
});
