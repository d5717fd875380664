import { pairwiseSum } from "../helpers/pairwise-sum.ts";
import { drawdownSeries } from "./drawdown-series.ts";

/**
 * Ulcer index: √(Σ dd² / (n − 1)), where dd is the drawdown of each of the n bars as a fraction.
 * Measures how deep and how long the series stays under water. A fraction.
 *
 * Convention: QuantStats' `ulcer_index`, and agrees with it. Martin's original divides by n and
 * works in percent; QuantStats divides by n − 1 and works in fractions. NaN for one bar.
 *
 * ulcerIndex(new Float64Array([0.1, -0.5, 0.2])) // => √((0 + 0.25 + 0.16) / 2) = 0.4527...
 */
export function ulcerIndex(returns: Float64Array): number {
  if (returns.length < 2) return NaN;

  const drawdown = drawdownSeries(returns);
  const squared = new Float64Array(drawdown.length);
  for (let i = 0; i < drawdown.length; i++) squared[i] = drawdown[i]! * drawdown[i]!;
  return Math.sqrt(pairwiseSum(squared) / (returns.length - 1));
}
