import { describe, expect, it } from "vitest";

import { rollingSharpe } from "../../../scripts/lib/metrics/curves/rolling-sharpe.ts";
import { expectCurveAgreement, golden, returnsOf } from "../golden.ts";

describe("rollingSharpe", () => {
  const withCurves = golden().cases.filter((c) => c.curves !== null);
  it.each(withCurves.map((c) => [c.name, c] as const))(
    "agrees with quantstats rolling_sharpe on %s",
    (_name, c) => {
      const curve = rollingSharpe(c.series.returns, c.curves!.rollingWindow, c.periodsPerYear);
      expectCurveAgreement(curve, c.curves!.rollingSharpe, c.name);
    },
  );

  it("is the window mean over the window deviation, annualised", () => {
    const curve = rollingSharpe(returnsOf(0.01, 0.03, 0.05), 2, 1);
    expect(curve[0]).toBeNaN();
    // Hand calculation: mean 0.02 and 0.04, s = √0.0002 in both windows.
    expect(curve[1]).toBeCloseTo(0.02 / Math.sqrt(0.0002), 12);
    expect(curve[2]).toBeCloseTo(0.04 / Math.sqrt(0.0002), 12);
  });
});
