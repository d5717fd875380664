import { maxDrawdown } from "../drawdown/max-drawdown.ts";
import { pairwiseSum } from "../helpers/pairwise-sum.ts";

/**
 * Recovery factor: Σ r / |maximum drawdown|, the simple (not compounded) sum of returns over the
 * deepest drawdown. Unitless; negative when the returns sum to a loss. NaN without a drawdown.
 *
 * Convention: QuantStats' `recovery_factor`, with one departure: QuantStats takes |Σ r|, so a
 * losing series (a sum of −150%, say) gets the same positive factor as a winning one; here the
 * sign is kept. Equal whenever Σ r ≥ 0. See "Deliberate differences" in references/metrics.md.
 *
 * recoveryFactor(new Float64Array([-0.5, -0.6, 0.05])) // => −1.05 / 0.8 = −1.3125
 */
export function recoveryFactor(returns: Float64Array): number {
  const deepest = maxDrawdown(returns);
  if (deepest === 0) return NaN;

  return pairwiseSum(returns) / Math.abs(deepest);
}
