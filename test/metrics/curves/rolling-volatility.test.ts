import { describe, expect, it } from "vitest";

import { rollingVolatility } from "../../../scripts/lib/metrics/curves/rolling-volatility.ts";
import { expectCurveAgreement, golden, returnsOf } from "../golden.ts";

describe("rollingVolatility", () => {
  const withCurves = golden().cases.filter((c) => c.curves !== null);
  it.each(withCurves.map((c) => [c.name, c] as const))(
    "agrees with quantstats rolling_volatility on %s",
    (_name, c) => {
      const curve = rollingVolatility(c.series.returns, c.curves!.rollingWindow, c.periodsPerYear);
      expectCurveAgreement(curve, c.curves!.rollingVolatility, c.name);
    },
  );

  it("is NaN before the first full window, then s · √P", () => {
    const curve = rollingVolatility(returnsOf(0.01, -0.01, 0.03), 2, 4);
    expect(curve[0]).toBeNaN();
    // Hand calculation: s of (0.01, −0.01) is √0.0002; of (−0.01, 0.03) √0.0008; × √4.
    expect(curve[1]).toBeCloseTo(Math.sqrt(0.0002) * 2, 14);
    expect(curve[2]).toBeCloseTo(Math.sqrt(0.0008) * 2, 14);
  });
});
