import { describe, expect, it } from "vitest";

import { autocorrPenalty } from "../../../scripts/lib/metrics/risk/autocorr-penalty.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("autocorrPenalty", () => {
  itAgreesWithQuantStats("autocorr_penalty", (c) => autocorrPenalty(c.series.returns));

  it("is √(1 + 2 Σ (n − k)/n) for perfectly autocorrelated returns", () => {
    // Hand calculation: ρ = 1 for a straight line, n = 4: √(1 + 2 (3 + 2 + 1) / 4) = 2.
    expect(autocorrPenalty(returnsOf(0.01, 0.02, 0.03, 0.04))).toBeCloseTo(2, 14);
  });

  it("is 1 with fewer than two returns or an undefined correlation", () => {
    expect(autocorrPenalty(returnsOf(0.01))).toBe(1);
    expect(autocorrPenalty(returnsOf(0.01, 0.01, 0.01))).toBe(1);
  });
});
