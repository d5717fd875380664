import { mean } from "../helpers/mean.ts";
import { beta } from "./beta.ts";

/**
 * Alpha, annualised and arithmetic: (mean(r) − β · mean(b)) · P, the part of the strategy's
 * average return per bar that its beta to the benchmark does not explain, times the periods per
 * year. A fraction per year. No risk-free rate is involved.
 *
 * Convention: QuantStats' `greeks(returns, benchmark, periods=P)["alpha"]` (the "Alpha" row),
 * and agrees with it, except when the benchmark never moves: NaN here, 0 in QuantStats. Jensen's
 * alpha and empyrical's compounded alpha differ from this.
 *
 * alpha(new Float64Array([0.03, -0.01]), new Float64Array([0.01, -0.01]), 252) // => 0.01 · 252
 */
export function alpha(
  returns: Float64Array,
  benchmark: Float64Array,
  periodsPerYear: number,
): number {
  const slope = beta(returns, benchmark);

  return (mean(returns) - slope * mean(benchmark)) * periodsPerYear;
}
