import { compound } from "../helpers/compound.ts";
import { beta } from "./beta.ts";

/**
 * Treynor ratio: (total return − rf) / β, the compounded return over the whole series less the
 * annual risk-free rate as given, per unit of beta to the benchmark. Not annualised. Unitless.
 *
 * Convention: QuantStats' `treynor_ratio(returns, benchmark, periods, rf)` (total, not annual,
 * return), and agrees with it, except when beta is undefined or 0: NaN or ±Infinity here,
 * where QuantStats answers 0. See "Deliberate differences" in references/metrics.md.
 *
 * treynorRatio(new Float64Array([0.02, -0.02]), new Float64Array([0.01, -0.01]), 0)
 * // => −0.0004 / 2 = −0.0002
 */
export function treynorRatio(
  returns: Float64Array,
  benchmark: Float64Array,
  riskFreeRate: number,
): number {
  const slope = beta(returns, benchmark);

  return (compound(returns) - riskFreeRate) / slope;
}
