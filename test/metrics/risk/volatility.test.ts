import { describe, expect, it } from "vitest";

import { volatility } from "../../../scripts/lib/metrics/risk/volatility.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("volatility", () => {
  itAgreesWithQuantStats("volatility", (c) => volatility(c.series.returns, c.periodsPerYear));

  it("is the sample deviation times √P", () => {
    // Hand calculation: s of (0.01, −0.01) is √(2 × 0.0001 / 1) = 0.0141421..., × √252.
    expect(volatility(returnsOf(0.01, -0.01), 252)).toBeCloseTo(Math.sqrt(0.0002 * 252), 15);
  });

  it("is NaN for one bar", () => {
    expect(volatility(returnsOf(0.01), 252)).toBeNaN();
  });
});
