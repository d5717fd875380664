import { excessReturns } from "../helpers/excess-returns.ts";
import { cagr } from "../returns/cagr.ts";
import { exposure } from "../returns/exposure.ts";

/**
 * Risk-adjusted return: CAGR of the excess returns / exposure, the growth rate per unit of time
 * in the market. Excess returns are r − ((1 + rf)^(1/P) − 1); exposure is the share of those
 * that are non-zero, rounded up to a percent (see `exposure`). A fraction per year.
 *
 * Convention: QuantStats' `rar(returns, rf, periods=P)` ("Risk-Adjusted Return"), with one
 * departure: QuantStats annualises the CAGR with 252 periods a year whatever `periods` says
 * (it passes `periods` only to the risk-free rate), so monthly or hourly series get a wrong
 * rate; here the CAGR uses P. Equal for P = 252. See "Deliberate differences" in
 * references/metrics.md.
 */
export function riskAdjustedReturn(
  returns: Float64Array,
  riskFreeRate: number,
  periodsPerYear: number,
): number {
  const excess = excessReturns(returns, riskFreeRate, periodsPerYear);

  return cagr(excess, periodsPerYear) / exposure(excess);
}
