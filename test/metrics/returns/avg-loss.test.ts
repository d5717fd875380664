import { describe, expect, it } from "vitest";

import { calendarReturns } from "../../../scripts/lib/metrics/helpers/calendar-returns.ts";
import { avgLoss } from "../../../scripts/lib/metrics/returns/avg-loss.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("avgLoss", () => {
  itAgreesWithQuantStats("avg_loss", (c) => avgLoss(c.series.returns));
  itAgreesWithQuantStats("avg_down_month", (c) =>
    avgLoss(calendarReturns(c.series.returns, c.series.timestamps!, "month")),
  );

  it("averages the negative returns, NaN without one", () => {
    // Hand calculation: (−0.04 − 0.01) / 2.
    expect(avgLoss(returnsOf(0.02, -0.04, -0.01))).toBeCloseTo(-0.025, 15);
    expect(avgLoss(returnsOf(0.01, 0))).toBeNaN();
  });
});
