/**
 * Exposure, or time in market: the share of bars with a non-zero return, rounded up to a whole
 * percent. A fraction from 0 to 1: 0.57 means the strategy moved on 57% of the bars. 0 for an
 * empty series.
 *
 * Convention: QuantStats' `exposure` ("Time in Market"), rounding up included, and agrees with
 * it.
 *
 * exposure(new Float64Array([0.01, 0, 0.02])) // => 0.67 (2 of 3 bars, 66.7% rounded up)
 */
export function exposure(returns: Float64Array): number {
  if (returns.length === 0) return 0;

  let moving = 0;
  for (let i = 0; i < returns.length; i++) if (returns[i] !== 0) moving++;
  return Math.ceil((moving / returns.length) * 100) / 100;
}
