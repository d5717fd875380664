import { describe, expect, it } from "vitest";

import { commonSenseRatio } from "../../../scripts/lib/metrics/ratios/common-sense-ratio.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("commonSenseRatio", () => {
  itAgreesWithQuantStats("common_sense_ratio", (c) => commonSenseRatio(c.series.returns));

  it("multiplies profit factor and tail ratio", () => {
    // Hand calculation for (−0.02, 0.01, 0.04): profit factor 0.05 / 0.02 = 2.5;
    // q(0.95) = 0.01 + 0.9 × 0.03 = 0.037, q(0.05) = −0.02 + 0.1 × 0.03 = −0.017.
    expect(commonSenseRatio(returnsOf(-0.02, 0.01, 0.04))).toBeCloseTo(2.5 * (0.037 / 0.017), 13);
  });
});
