import { describe, expect, it } from "vitest";

import { computeMetrics } from "../../scripts/lib/metrics/index.ts";
import { describeMetric, METRIC_GROUPS } from "../../scripts/lib/tearsheet/metric-catalog.ts";

describe("the metric catalog", () => {
  it("lists every key computeMetrics gives, so none falls under Other", () => {
    // Any small dated series with a benchmark makes computeMetrics return all its keys.
    const day = 86_400_000;
    const series = {
      returns: new Float64Array([0.01, -0.02, 0.015, 0.003, -0.004]),
      timestamps: Float64Array.from([0, 1, 2, 3, 4], (i) => Date.UTC(2020, 0, 1) + i * day),
    };
    const metrics = computeMetrics(series, {
      periodsPerYear: 252,
      riskFreeRate: 0,
      benchmark: { ...series, returns: new Float64Array([0.005, -0.01, 0.01, 0.0, -0.002]) },
    });
    const catalogued = new Set(METRIC_GROUPS.flatMap((group) => Object.keys(group.keys)));

    expect(Object.keys(metrics).filter((key) => !catalogued.has(key))).toEqual([]);
  });

  it("guesses the unit of an unknown key from its words", () => {
    expect(describeMetric("best_week").unit).toBe("percent");
    expect(describeMetric("win_loss_ratio").unit).toBe("ratio");
    expect(describeMetric("recovery_days").unit).toBe("days");
    expect(describeMetric("max_consecutive_flat").unit).toBe("count");
    expect(describeMetric("something_else").unit).toBe("ratio");
  });

  it("makes a label from an unknown key, capitals for acronyms and periods", () => {
    expect(describeMetric("cagr_3y").label).toBe("CAGR 3Y");
    expect(describeMetric("hit_rate").label).toBe("Hit rate");
  });
});
