import { describe, expect, it } from "vitest";

import { probabilisticRatio } from "../../../scripts/lib/metrics/ratios/probabilistic-ratio.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("probabilisticRatio", () => {
  for (const [key, base] of [
    ["probabilistic_sharpe_ratio", "sharpe"],
    ["probabilistic_sortino_ratio", "sortino"],
    ["probabilistic_adjusted_sortino_ratio", "adjusted_sortino"],
  ] as const) {
    itAgreesWithQuantStats(key, (c) =>
      probabilisticRatio(c.series.returns, c.riskFreeRate, c.periodsPerYear, base),
    );
  }

  it("is one half when the ratio is 0", () => {
    // Hand calculation: a symmetric series has mean 0, so SR = 0 and Φ(0) = 0.5.
    expect(probabilisticRatio(returnsOf(0.01, -0.01, 0.02, -0.02), 0, 252, "sharpe")).toBe(0.5);
  });

  it("is NaN when the moments are undefined", () => {
    // Fewer than three returns: no skew.
    expect(probabilisticRatio(returnsOf(0.01, 0.02), 0, 252, "sharpe")).toBeNaN();
  });
});
