import { describe, expect, it } from "vitest";

import { monthToDate } from "../../../scripts/lib/metrics/periods/month-to-date.ts";
import { day, itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("monthToDate", () => {
  itAgreesWithQuantStats("mtd", (c) => monthToDate(c.series.returns, c.series.timestamps));

  it("compounds the bars of the last bar's month", () => {
    const timestamps = Float64Array.from([day("2024-04-30"), day("2024-05-02"), day("2024-05-03")]);
    // Hand calculation: April is left out; 1.01 × 1.02 − 1.
    expect(monthToDate(returnsOf(0.01, 0.01, 0.02), timestamps)).toBeCloseTo(0.0302, 15);
  });

  it("is NaN without timestamps", () => {
    expect(monthToDate(returnsOf(0.01), null)).toBeNaN();
  });
});
