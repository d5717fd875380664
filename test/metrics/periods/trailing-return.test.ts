import { describe, expect, it } from "vitest";

import { trailingReturn } from "../../../scripts/lib/metrics/periods/trailing-return.ts";
import { day, itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("trailingReturn", () => {
  const months = { three_month: 3, six_month: 6, one_year: 12 };
  for (const [key, count] of Object.entries(months)) {
    itAgreesWithQuantStats(key, (c) =>
      trailingReturn(c.series.returns, c.series.timestamps, count),
    );
  }

  it("starts at the same day months earlier, clamped, and includes it", () => {
    const ends = ["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31"];
    const timestamps = Float64Array.from(ends.map(day));
    // Hand calculation: 31 May − 3 months = 29 February (clamped), so February to May count:
    // 1.01⁴ − 1.
    expect(trailingReturn(returnsOf(0.01, 0.01, 0.01, 0.01, 0.01), timestamps, 3)).toBeCloseTo(
      1.01 ** 4 - 1,
      15,
    );
  });

  it("is NaN without timestamps", () => {
    expect(trailingReturn(returnsOf(0.01), null, 3)).toBeNaN();
  });
});
