import { describe, expect, it } from "vitest";

import { computeMetrics } from "../../scripts/lib/metrics/index.ts";
import { expectAgreement, expectedValue, golden } from "./golden.ts";

// Expected values: the real quantstats 0.0.86 (test/oracle/golden.py, regenerated every run),
// or, for the keys listed under "Deliberate differences" in references/metrics.md, the right
// value built from QuantStats' own functions in golden.py.
describe("computeMetrics agrees with QuantStats 0.0.86 on every key", () => {
  it.each(golden().cases.map((c) => [c.name, c] as const))("%s", (_name, goldenCase) => {
    const metrics = computeMetrics(goldenCase.series, {
      periodsPerYear: goldenCase.periodsPerYear,
      riskFreeRate: goldenCase.riskFreeRate,
      ...(goldenCase.benchmark === null ? {} : { benchmark: goldenCase.benchmark }),
    });

    expect(Object.keys(metrics).sort()).toEqual(Object.keys(goldenCase.quantstats).sort());
    for (const key of Object.keys(goldenCase.quantstats)) {
      expectAgreement(metrics[key]!, expectedValue(goldenCase, key), `${goldenCase.name}: ${key}`);
    }
  });
});
