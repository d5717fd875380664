import { drawdownSeries } from "./drawdown-series.ts";

/**
 * Maximum drawdown: the lowest point of the drawdown series, min(W / max(W so far)) − 1, with
 * wealth W starting at 1 before the first bar. A fraction at or below 0: −0.25 is a 25% fall
 * from a peak. 0 when the series never falls below a previous high.
 *
 * Convention: QuantStats' `max_drawdown` on returns, which agrees with it. Because the input is
 * returns, the result does not depend on any price level: the prices 50, 55, 52, 60, 54 give
 * −10%, as they do at 5, 5.5, 5.2, 6, 5.4.
 *
 * maxDrawdown(new Float64Array([0.1, -0.5, 0.2])) // => -0.5
 */
export function maxDrawdown(returns: Float64Array): number {
  if (returns.length === 0) return NaN;

  const drawdown = drawdownSeries(returns);
  let lowest = 0;
  for (let i = 0; i < drawdown.length; i++) if (drawdown[i]! < lowest) lowest = drawdown[i]!;
  return lowest;
}
