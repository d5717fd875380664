import { describe, expect, it } from "vitest";

import { gainToPainRatio } from "../../../scripts/lib/metrics/ratios/gain-to-pain-ratio.ts";
import { day, itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("gainToPainRatio", () => {
  itAgreesWithQuantStats("gain_to_pain_ratio", (c) =>
    gainToPainRatio(c.series.returns, c.series.timestamps, "day"),
  );
  itAgreesWithQuantStats("gain_to_pain_1m", (c) =>
    gainToPainRatio(c.series.returns, c.series.timestamps, "month"),
  );

  it("sums returns per period before taking the pain", () => {
    const hour = 3_600_000;
    const timestamps = Float64Array.from([
      day("2024-01-02") + 10 * hour,
      day("2024-01-02") + 11 * hour,
      day("2024-01-03") + 10 * hour,
    ]);
    // Hand calculation: daily sums 0.03 − 0.01 = 0.02 and −0.01; 0.01 / 0.01.
    expect(gainToPainRatio(returnsOf(0.03, -0.01, -0.01), timestamps, "day")).toBeCloseTo(1, 14);
    // Without timestamps each bar is a period: 0.01 / 0.02.
    expect(gainToPainRatio(returnsOf(0.03, -0.01, -0.01), null)).toBeCloseTo(0.5, 14);
  });

  it("is NaN without a losing period", () => {
    expect(gainToPainRatio(returnsOf(0.01, 0), null)).toBeNaN();
  });
});
