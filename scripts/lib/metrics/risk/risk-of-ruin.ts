import { winRate } from "../returns/win-rate.ts";

/**
 * Risk of ruin: ((1 − w) / (1 + w))^n, with w the win rate (see `winRate`) and n the number of
 * bars: the chance of losing everything in a game of n equal bets won with probability w. A
 * probability from 0 to 1, usually vanishingly small for long series.
 *
 * Convention: QuantStats' `risk_of_ruin`, and agrees with it (the win rate leaves flat bars out;
 * the exponent counts them).
 *
 * riskOfRuin(new Float64Array([0.01, -0.01])) // => (0.5 / 1.5)² = 0.1111111111111111
 */
export function riskOfRuin(returns: Float64Array): number {
  const wins = winRate(returns);

  return Math.pow((1 - wins) / (1 + wins), returns.length);
}
