import { kurtosis } from "../distribution/kurtosis.ts";
import { skew } from "../distribution/skew.ts";
import { standardNormalCdf } from "../helpers/normal.ts";
import { adjustedSortino } from "./adjusted-sortino.ts";
import { sharpeRatio } from "./sharpe-ratio.ts";
import { sortinoRatio } from "./sortino-ratio.ts";

/** Which ratio the probability is about. */
export type ProbabilisticBase = "sharpe" | "sortino" | "adjusted_sortino";

/**
 * Probabilistic ratio (Bailey and López de Prado): Φ(SR / σ), the probability that the true
 * per-bar ratio is above 0, where SR is the Sharpe (or Sortino, or adjusted Sortino) ratio of
 * the excess returns, not annualised, and σ = √((1 − γ3·SR + (γ4 − 1)/4 · SR²) / (n − 1)) its
 * standard error, with γ3 the skew and γ4 the (non-excess) kurtosis of the returns. A
 * probability from 0 to 1.
 *
 * Convention: QuantStats' `probabilistic_ratio(returns, rf, base, periods=P)` (0.0.82 and
 * later: kurtosis + 3, no annualisation), and agrees with it. NaN when σ² is negative or the
 * moments are undefined.
 */
export function probabilisticRatio(
  returns: Float64Array,
  riskFreeRate: number,
  periodsPerYear: number,
  base: ProbabilisticBase,
): number {
  const options = { riskFreeRate, periodsPerYear, annualize: false };
  const ratio =
    base === "sharpe"
      ? sharpeRatio(returns, options)
      : base === "sortino"
        ? sortinoRatio(returns, options)
        : adjustedSortino(returns, options);

  const skewness = skew(returns);
  const fullKurtosis = kurtosis(returns) + 3;
  const n = returns.length;
  const variance = (1 - skewness * ratio + ((fullKurtosis - 1) / 4) * ratio ** 2) / (n - 1);
  return standardNormalCdf(ratio / Math.sqrt(variance));
}
