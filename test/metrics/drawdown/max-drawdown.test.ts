import { describe, expect, it } from "vitest";

import { maxDrawdown } from "../../../scripts/lib/metrics/drawdown/max-drawdown.ts";
import { golden, itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("maxDrawdown", () => {
  itAgreesWithQuantStats("max_drawdown", (c) => maxDrawdown(c.series.returns));

  it("does not depend on the price level (prices 50, 55, 52, 60, 54 give −10%)", () => {
    const { prices, maxDrawdownOfPrices, maxDrawdownOfPricesTimesTen } = golden().prices;
    const returns = Float64Array.from(prices.slice(1), (price, i) => price / prices[i]! - 1);
    // Hand calculation: the peak is 60, the low after it 54: 54 / 60 − 1 = −0.1.
    expect(maxDrawdown(returns)).toBeCloseTo(-0.1, 14);
    // quantstats 0.0.86 on the prices themselves, at two price levels (golden.py, "prices").
    expect(maxDrawdownOfPrices).toBeCloseTo(-0.1, 14);
    expect(maxDrawdownOfPricesTimesTen).toBeCloseTo(-0.1, 14);
  });

  it("is 0 without a fall and NaN for no bars", () => {
    expect(maxDrawdown(returnsOf(0.01, 0))).toBe(0);
    expect(maxDrawdown(returnsOf())).toBeNaN();
  });
});
