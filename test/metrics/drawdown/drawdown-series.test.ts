import { describe, expect, it } from "vitest";

import { drawdownSeries } from "../../../scripts/lib/metrics/drawdown/drawdown-series.ts";
import { expectCurveAgreement, golden, returnsOf } from "../golden.ts";

describe("drawdownSeries", () => {
  const withCurves = golden().cases.filter((c) => c.curves !== null);
  it.each(withCurves.map((c) => [c.name, c] as const))(
    "agrees with quantstats to_drawdown_series on %s",
    (_name, c) => {
      expectCurveAgreement(drawdownSeries(c.series.returns), c.curves!.drawdown, c.name);
    },
  );

  it("measures from the running peak, starting at 1 before the first bar", () => {
    // Hand calculation: wealth 1.1, 0.55, 0.66 against peaks 1.1, 1.1, 1.1.
    const drawdown = drawdownSeries(returnsOf(0.1, -0.5, 0.2));
    expect(drawdown[0]).toBe(0);
    expect(drawdown[1]).toBeCloseTo(-0.5, 15);
    expect(drawdown[2]).toBeCloseTo(0.66 / 1.1 - 1, 15);
  });

  it("counts a loss on the first bar", () => {
    // Hand calculation: 0.99 against the starting 1.
    expect(drawdownSeries(returnsOf(-0.01))[0]).toBeCloseTo(-0.01, 15);
  });
});
