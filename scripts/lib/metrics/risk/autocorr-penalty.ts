import { lagOneCorrelation } from "../helpers/lag-one-correlation.ts";
import { memoize } from "../helpers/memoize.ts";
import { pairwiseSum } from "../helpers/pairwise-sum.ts";

/**
 * Autocorrelation penalty: √(1 + 2 Σₖ (n − k)/n · |ρ|ᵏ) for k = 1 … n − 1, where ρ is the
 * correlation between each return and the next (Pearson, r[0..n−2] against r[1..n−1]). 1 for
 * uncorrelated returns, larger when returns trend or mean-revert; the "smart" Sharpe and Sortino
 * ratios divide by it. Unitless, at least 1.
 *
 * Convention: QuantStats' `autocorr_penalty`, and agrees with it; like QuantStats it uses |ρ|,
 * so negative autocorrelation is penalised too, and it answers 1 with fewer than two returns or
 * an undefined ρ.
 *
 * autocorrPenalty(new Float64Array([0.01, 0.02, 0.03, 0.04])) // => ρ = 1: √(1 + 2·(3+2+1)/4) = 2
 */
export const autocorrPenalty = memoize((returns: Float64Array): number => {
  const count = returns.length;
  if (count < 2) return 1;

  const coefficient = Math.abs(lagOneCorrelation(returns));
  if (Number.isNaN(coefficient)) return 1;

  const weighted = new Float64Array(count - 1);
  for (let lag = 1; lag < count; lag++) {
    const decay = Math.pow(coefficient, lag);
    // Once |ρ|^k underflows to 0 every later term is 0 too, and the array already holds zeros.
    if (decay === 0) break;
    weighted[lag - 1] = ((count - lag) / count) * decay;
  }
  return Math.sqrt(1 + 2 * pairwiseSum(weighted));
});
