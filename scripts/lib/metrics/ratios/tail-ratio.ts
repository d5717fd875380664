import { quantile } from "../helpers/quantile.ts";

const CUTOFF = 0.95;

/**
 * Tail ratio: |q(0.95) / q(0.05)|, the right tail over the left tail, with q the type 7 quantile
 * of the returns (see `quantile`). Unitless; above 1 when big gains are bigger than big
 * losses. NaN when the 5% quantile is 0.
 *
 * Convention: QuantStats' `tail_ratio` (cutoff 0.95), and agrees with it.
 *
 * tailRatio(new Float64Array([-0.02, 0.01, 0.04])) // => |0.037 / −0.017| = 2.176470588235294
 */
export function tailRatio(returns: Float64Array): number {
  const upper = quantile(returns, CUTOFF);
  const lower = quantile(returns, 1 - CUTOFF);
  if (Number.isNaN(upper) || Number.isNaN(lower) || lower === 0) return NaN;

  return Math.abs(upper / lower);
}
