import { rollingMoments } from "../helpers/rolling.ts";

/**
 * Rolling Sortino ratio: over each window of `window` bars, mean / √(Σ r² over r < 0 / window)
 * · √P; NaN for the first window − 1 bars, ±Infinity or NaN in a window without a loss.
 * Unitless.
 *
 * Convention: QuantStats' `rolling_sortino(returns, 0, window, periods_per_year=P)`, and agrees
 * with it.
 */
export function rollingSortino(
  returns: Float64Array,
  window: number,
  periodsPerYear: number,
): Float64Array {
  const { means } = rollingMoments(returns, window);
  const annualisation = Math.sqrt(periodsPerYear);
  const sortino = new Float64Array(returns.length).fill(NaN);
  let lossSquares = 0;
  let losses = 0;
  for (let i = 0; i < returns.length; i++) {
    const entering = returns[i]!;
    if (entering < 0) {
      lossSquares += entering * entering;
      losses++;
    }
    if (i >= window) {
      const leaving = returns[i - window]!;
      if (leaving < 0) {
        lossSquares -= leaving * leaving;
        losses--;
      }
    }
    if (i + 1 < window) continue;
    // Without a loss in the window the sum is exactly 0, whatever rounding the sliding sum left.
    const downside = Math.sqrt((losses === 0 ? 0 : lossSquares) / window);
    sortino[i] = (means[i]! / downside) * annualisation;
  }
  return sortino;
}
