import { describe, expect, it } from "vitest";

import { rollingSortino } from "../../../scripts/lib/metrics/curves/rolling-sortino.ts";
import { expectCurveAgreement, golden, returnsOf } from "../golden.ts";

describe("rollingSortino", () => {
  const withCurves = golden().cases.filter((c) => c.curves !== null);
  it.each(withCurves.map((c) => [c.name, c] as const))(
    "agrees with quantstats rolling_sortino on %s",
    (_name, c) => {
      const curve = rollingSortino(c.series.returns, c.curves!.rollingWindow, c.periodsPerYear);
      expectCurveAgreement(curve, c.curves!.rollingSortino, c.name);
    },
  );

  it("uses the window's losses only, and divides by 0 without one", () => {
    const curve = rollingSortino(returnsOf(0.03, -0.01, 0.02, 0.04), 2, 1);
    // Hand calculation: window (0.03, −0.01): mean 0.01, downside √(0.0001 / 2).
    expect(curve[1]).toBeCloseTo(0.01 / Math.sqrt(0.00005), 12);
    // Window (0.02, 0.04) has no loss: 0.03 / 0 = +Infinity, as pandas gives.
    expect(curve[3]).toBe(Infinity);
  });
});
