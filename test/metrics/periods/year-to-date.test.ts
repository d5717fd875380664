import { describe, expect, it } from "vitest";

import { yearToDate } from "../../../scripts/lib/metrics/periods/year-to-date.ts";
import { day, itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("yearToDate", () => {
  itAgreesWithQuantStats("ytd", (c) => yearToDate(c.series.returns, c.series.timestamps));

  it("compounds the bars of the last bar's year", () => {
    const timestamps = Float64Array.from([day("2023-12-29"), day("2024-01-02"), day("2024-01-03")]);
    // Hand calculation: 2023 is left out; 1.01 × 1.02 − 1.
    expect(yearToDate(returnsOf(0.05, 0.01, 0.02), timestamps)).toBeCloseTo(0.0302, 15);
  });

  it("is NaN without timestamps", () => {
    expect(yearToDate(returnsOf(0.01), null)).toBeNaN();
  });
});
