import { describe, expect, it } from "vitest";

import { avgDrawdown } from "../../../scripts/lib/metrics/drawdown/avg-drawdown.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("avgDrawdown", () => {
  itAgreesWithQuantStats("avg_drawdown", (c) => avgDrawdown(c.series.returns, c.series.timestamps));

  it("averages the depth of each episode", () => {
    // Hand calculation: episode 1 is the first bar at −10%; wealth 0.9 → 1.08 recovers; then
    // 1.08 × 0.7 = 0.756 is −30%, and 1.134 recovers. Mean of −0.1 and −0.3.
    expect(avgDrawdown(returnsOf(-0.1, 0.2, -0.3, 0.5), null)).toBeCloseTo(-0.2, 14);
  });

  it("is NaN without a drawdown", () => {
    expect(avgDrawdown(returnsOf(0.01, 0.02), null)).toBeNaN();
  });
});
