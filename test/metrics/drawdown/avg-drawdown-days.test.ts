import { describe, expect, it } from "vitest";

import { avgDrawdownDays } from "../../../scripts/lib/metrics/drawdown/avg-drawdown-days.ts";
import { day, itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("avgDrawdownDays", () => {
  itAgreesWithQuantStats("avg_drawdown_days", (c) =>
    avgDrawdownDays(c.series.returns, c.series.timestamps),
  );

  it("averages inclusive calendar days per episode", () => {
    const timestamps = Float64Array.from(
      ["2024-01-01", "2024-01-03", "2024-01-04", "2024-01-10", "2024-01-15"].map(day),
    );
    // Hand calculation: episode 1 on 1 Jan only (1 day); episode 2 from 4 to 10 Jan (7 days).
    const returns = returnsOf(-0.1, 0.2, -0.1, -0.01, 0.5);
    expect(avgDrawdownDays(returns, timestamps)).toBe(4);
  });

  it("is NaN without timestamps", () => {
    expect(avgDrawdownDays(returnsOf(-0.1, 0.2), null)).toBeNaN();
  });
});
