import { avgLoss } from "../returns/avg-loss.ts";
import { avgWin } from "../returns/avg-win.ts";

/**
 * Payoff ratio (win/loss ratio): average win / |average loss|, over bars. Unitless. NaN without
 * a win or a loss.
 *
 * Convention: QuantStats' `payoff_ratio` (`win_loss_ratio`, the "Payoff Ratio" and "Win/Loss
 * Ratio" rows), and agrees with it. Computed on bars, not on trades.
 *
 * payoffRatio(new Float64Array([0.03, -0.01, 0.01])) // => 0.02 / 0.01 = 2
 */
export function payoffRatio(returns: Float64Array): number {
  const averageLoss = avgLoss(returns);
  if (averageLoss === 0) return NaN;

  return avgWin(returns) / Math.abs(averageLoss);
}
