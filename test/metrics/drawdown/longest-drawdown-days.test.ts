import { describe, expect, it } from "vitest";

import { longestDrawdownDays } from "../../../scripts/lib/metrics/drawdown/longest-drawdown-days.ts";
import { day, itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("longestDrawdownDays", () => {
  itAgreesWithQuantStats("longest_dd_days", (c) =>
    longestDrawdownDays(c.series.returns, c.series.timestamps),
  );

  it("is the longest episode in inclusive calendar days", () => {
    const timestamps = Float64Array.from(
      ["2024-01-01", "2024-01-03", "2024-01-04", "2024-01-10", "2024-01-15"].map(day),
    );
    // Hand calculation: episodes of 1 and 7 days (see avgDrawdownDays).
    expect(longestDrawdownDays(returnsOf(-0.1, 0.2, -0.1, -0.01, 0.5), timestamps)).toBe(7);
  });

  it("is NaN without timestamps", () => {
    expect(longestDrawdownDays(returnsOf(-0.1, 0.2), null)).toBeNaN();
  });
});
