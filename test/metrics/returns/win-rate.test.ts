import { describe, expect, it } from "vitest";

import { calendarReturns } from "../../../scripts/lib/metrics/helpers/calendar-returns.ts";
import { winRate } from "../../../scripts/lib/metrics/returns/win-rate.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("winRate", () => {
  itAgreesWithQuantStats("win_rate", (c) => winRate(c.series.returns));
  for (const [key, unit] of [
    ["win_month", "month"],
    ["win_quarter", "quarter"],
    ["win_year", "year"],
  ] as const) {
    itAgreesWithQuantStats(key, (c) =>
      winRate(calendarReturns(c.series.returns, c.series.timestamps!, unit)),
    );
  }

  it("counts wins among the periods that moved", () => {
    // Hand calculation: 2 wins among 3 non-zero returns.
    expect(winRate(returnsOf(0.01, -0.02, 0, 0.03))).toBeCloseTo(2 / 3, 15);
  });

  it("is 0 when nothing moved, as in QuantStats", () => {
    expect(winRate(returnsOf(0, 0))).toBe(0);
  });
});
