import { describe, expect, it } from "vitest";

import { recoveryFactor } from "../../../scripts/lib/metrics/ratios/recovery-factor.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("recoveryFactor", () => {
  // Where the returns sum to a loss the expected value is the corrected one (see
  // deliberate-differences.test.ts).
  itAgreesWithQuantStats("recovery_factor", (c) => recoveryFactor(c.series.returns));

  it("keeps the sign of the summed returns", () => {
    // Hand calculation: Σ = −1.05; wealth 0.5, 0.2, 0.21 gives a maximum drawdown of −80%.
    expect(recoveryFactor(returnsOf(-0.5, -0.6, 0.05))).toBeCloseTo(-1.05 / 0.8, 13);
  });

  it("is NaN without a drawdown", () => {
    expect(recoveryFactor(returnsOf(0.01, 0.02))).toBeNaN();
  });
});
