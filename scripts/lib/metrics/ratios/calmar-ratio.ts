import { maxDrawdown } from "../drawdown/max-drawdown.ts";
import { cagr } from "../returns/cagr.ts";

/**
 * Calmar ratio: CAGR / |maximum drawdown| over the whole series. Unitless. +Infinity without a
 * drawdown and a gain.
 *
 * Convention: QuantStats' `calmar(returns, periods=P)`, and agrees with it (the textbook ratio
 * uses the last 36 months; QuantStats and this module use the whole series).
 *
 * calmarRatio(new Float64Array([0.1, -0.5, 0.2]), 3) // => CAGR −0.34 / 0.5 = −0.68
 */
export function calmarRatio(returns: Float64Array, periodsPerYear: number): number {
  return cagr(returns, periodsPerYear) / Math.abs(maxDrawdown(returns));
}
