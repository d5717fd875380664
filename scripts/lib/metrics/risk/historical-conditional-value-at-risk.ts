import { mean } from "../helpers/mean.ts";
import { quantile } from "../helpers/quantile.ts";
import { select } from "../helpers/select.ts";

const CONFIDENCE = 0.95;

/**
 * Conditional value at risk, historical: the mean of the returns at or below their 5% quantile
 * (type 7, see `quantile`). The average of the worst 5% of bars as they happened. Negative
 * for a loss. Per bar. NaN for an empty series.
 *
 * Convention: QuantStats' `conditional_value_at_risk(method="historical")`, and agrees with it.
 *
 * historicalConditionalValueAtRisk(new Float64Array([-0.05, 0.01, 0.02, 0.03])) // => -0.05
 */
export function historicalConditionalValueAtRisk(returns: Float64Array): number {
  if (returns.length === 0) return NaN;

  const threshold = quantile(returns, 1 - CONFIDENCE);
  return mean(select(returns, (r) => r <= threshold));
}
