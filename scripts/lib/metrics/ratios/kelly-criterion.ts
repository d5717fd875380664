import { winRate } from "../returns/win-rate.ts";
import { payoffRatio } from "./payoff-ratio.ts";

/**
 * Kelly criterion: p − (1 − p) / b, the fraction of capital a repeated bet with win probability
 * p and payoff b should risk; here p is the win rate and b the payoff ratio of the bars. A
 * fraction; negative when the edge is negative. NaN when b is 0 or undefined.
 *
 * Convention: QuantStats' `kelly_criterion` (0.0.84 and later, the textbook formula), and agrees
 * with it. Computed on bars, not on trades.
 *
 * kellyCriterion(new Float64Array([0.03, -0.01, 0.01])) // => 2/3 − (1/3) / 2 = 0.5
 */
export function kellyCriterion(returns: Float64Array): number {
  const payoff = payoffRatio(returns);
  const winProbability = winRate(returns);
  if (payoff === 0 || Number.isNaN(payoff)) return NaN;

  return (payoff * winProbability - (1 - winProbability)) / payoff;
}
