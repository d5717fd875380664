import { describe, expect, it } from "vitest";

import { calendarReturns } from "../../../scripts/lib/metrics/helpers/calendar-returns.ts";
import { best } from "../../../scripts/lib/metrics/returns/best.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("best", () => {
  itAgreesWithQuantStats("best_day", (c) => best(c.series.returns));
  itAgreesWithQuantStats("best_month", (c) =>
    best(calendarReturns(c.series.returns, c.series.timestamps!, "month")),
  );
  itAgreesWithQuantStats("best_year", (c) =>
    best(calendarReturns(c.series.returns, c.series.timestamps!, "year")),
  );

  it("is the highest return, NaN for none", () => {
    // Hand calculation: max(0.01, 0.03, −0.02).
    expect(best(returnsOf(0.01, 0.03, -0.02))).toBe(0.03);
    expect(best(returnsOf())).toBeNaN();
  });
});
