import { winRate } from "../returns/win-rate.ts";
import { payoffRatio } from "./payoff-ratio.ts";
import { profitFactor } from "./profit-factor.ts";

/**
 * CPC index: profit factor × win rate × payoff ratio, on bars. Unitless; above 1 is usually
 * read as a robust edge.
 *
 * Convention: QuantStats' `cpc_index`, and agrees with it.
 *
 * cpcIndex(new Float64Array([0.03, -0.01, 0.01])) // => 4 × (2/3) × 2 = 5.333333333333333
 */
export function cpcIndex(returns: Float64Array): number {
  return profitFactor(returns) * winRate(returns) * payoffRatio(returns);
}
