import { describe, expect, it } from "vitest";

import { cumulativeReturns } from "../../../scripts/lib/metrics/curves/cumulative-returns.ts";
import { expectCurveAgreement, golden, returnsOf } from "../golden.ts";

describe("cumulativeReturns", () => {
  const withCurves = golden().cases.filter((c) => c.curves !== null);
  it.each(withCurves.map((c) => [c.name, c] as const))(
    "agrees with quantstats compsum on %s",
    (_name, c) => {
      expectCurveAgreement(
        cumulativeReturns(c.series.returns),
        c.curves!.cumulativeReturns,
        c.name,
      );
    },
  );

  it("compounds from the start", () => {
    // Hand calculation: 1.1 − 1, then 1.1 × 0.9 − 1.
    const curve = cumulativeReturns(returnsOf(0.1, -0.1));
    expect(curve[0]).toBeCloseTo(0.1, 15);
    expect(curve[1]).toBeCloseTo(-0.01, 15);
  });
});
