import { compound } from "../helpers/compound.ts";

/**
 * Total return: Π(1 + r) − 1 over all bars, compounded. A fraction: 0.25 is +25%.
 *
 * Convention: QuantStats' `comp` (the "Cumulative Return" row); agrees with it.
 *
 * totalReturn(new Float64Array([0.1, 0.1])) // => 0.2100000000000002
 */
export function totalReturn(returns: Float64Array): number {
  return compound(returns);
}
