import { profitFactor } from "./profit-factor.ts";
import { tailRatio } from "./tail-ratio.ts";

/**
 * Common sense ratio: profit factor × tail ratio. Unitless; above 1 is usually read as a
 * strategy whose wins outweigh its risks.
 *
 * Convention: QuantStats' `common_sense_ratio`, and agrees with it.
 */
export function commonSenseRatio(returns: Float64Array): number {
  return profitFactor(returns) * tailRatio(returns);
}
