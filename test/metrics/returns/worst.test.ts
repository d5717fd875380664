import { describe, expect, it } from "vitest";

import { calendarReturns } from "../../../scripts/lib/metrics/helpers/calendar-returns.ts";
import { worst } from "../../../scripts/lib/metrics/returns/worst.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("worst", () => {
  itAgreesWithQuantStats("worst_day", (c) => worst(c.series.returns));
  itAgreesWithQuantStats("worst_month", (c) =>
    worst(calendarReturns(c.series.returns, c.series.timestamps!, "month")),
  );
  itAgreesWithQuantStats("worst_year", (c) =>
    worst(calendarReturns(c.series.returns, c.series.timestamps!, "year")),
  );

  it("is the lowest return, NaN for none", () => {
    // Hand calculation: min(0.01, 0.03, −0.02).
    expect(worst(returnsOf(0.01, 0.03, -0.02))).toBe(-0.02);
    expect(worst(returnsOf())).toBeNaN();
  });
});
