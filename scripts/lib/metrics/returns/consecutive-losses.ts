/**
 * Most consecutive losses: the longest run of bars with a negative return (a flat or winning bar
 * ends a run). A count of bars. 0 without a negative return.
 *
 * Convention: QuantStats' `consecutive_losses`, and agrees with it.
 *
 * consecutiveLosses(new Float64Array([-0.01, -0.02, -0.01, 0.01])) // => 3
 */
export function consecutiveLosses(returns: Float64Array): number {
  let longest = 0;
  let current = 0;
  for (let i = 0; i < returns.length; i++) {
    current = returns[i]! < 0 ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}
