import { describe, expect, it } from "vitest";

import { calendarReturns } from "../../../scripts/lib/metrics/helpers/calendar-returns.ts";
import { expectedReturn } from "../../../scripts/lib/metrics/returns/expected-return.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("expectedReturn", () => {
  itAgreesWithQuantStats("expected_daily", (c) => expectedReturn(c.series.returns));
  itAgreesWithQuantStats("expected_monthly", (c) =>
    expectedReturn(calendarReturns(c.series.returns, c.series.timestamps!, "month")),
  );
  itAgreesWithQuantStats("expected_yearly", (c) =>
    expectedReturn(calendarReturns(c.series.returns, c.series.timestamps!, "year")),
  );

  it("is the geometric mean", () => {
    // Hand calculation: √(1.1 × 0.9) − 1.
    expect(expectedReturn(returnsOf(0.1, -0.1))).toBeCloseTo(Math.sqrt(0.99) - 1, 15);
  });

  it("is NaN for an empty array", () => {
    expect(expectedReturn(returnsOf())).toBeNaN();
  });
});
