import { drawdownSeries } from "../drawdown/drawdown-series.ts";
import { ulcerIndex } from "../drawdown/ulcer-index.ts";
import { pairwiseSum } from "../helpers/pairwise-sum.ts";
import { sampleStandardDeviation } from "../helpers/standard-deviation.ts";
import { conditionalValueAtRisk } from "../risk/conditional-value-at-risk.ts";

/**
 * Serenity index (KeyQuant): (Σ r − rf) / (ulcer index · pitfall), where the pitfall is
 * −CVaR(drawdowns) / s(returns): the parametric conditional value at risk of the drawdown series
 * over the sample standard deviation of the returns. Σ r is the simple sum of the returns.
 * Unitless. NaN when all returns are equal or the denominator is 0.
 *
 * Convention: QuantStats' `serenity_index(returns, rf)` (0.0.62 and later: simple sum), and
 * agrees with it.
 */
export function serenityIndex(returns: Float64Array, riskFreeRate: number): number {
  const returnDeviation = sampleStandardDeviation(returns);
  if (returnDeviation === 0) return NaN;

  const pitfall = -conditionalValueAtRisk(drawdownSeries(returns)) / returnDeviation;
  const denominator = ulcerIndex(returns) * pitfall;
  if (denominator === 0) return NaN;
  return (pairwiseSum(returns) - riskFreeRate) / denominator;
}
