import { describe, expect, it } from "vitest";

import { calendarReturns } from "../../../scripts/lib/metrics/helpers/calendar-returns.ts";
import { avgWin } from "../../../scripts/lib/metrics/returns/avg-win.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("avgWin", () => {
  itAgreesWithQuantStats("avg_win", (c) => avgWin(c.series.returns));
  itAgreesWithQuantStats("avg_up_month", (c) =>
    avgWin(calendarReturns(c.series.returns, c.series.timestamps!, "month")),
  );

  it("averages the positive returns, NaN without one", () => {
    // Hand calculation: (0.02 + 0.04) / 2.
    expect(avgWin(returnsOf(0.02, 0.04, -0.01))).toBeCloseTo(0.03, 15);
    expect(avgWin(returnsOf(-0.01, 0))).toBeNaN();
  });
});
