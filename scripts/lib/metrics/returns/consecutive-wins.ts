/**
 * Most consecutive wins: the longest run of bars with a positive return (a flat or losing bar
 * ends a run). A count of bars. 0 without a positive return.
 *
 * Convention: QuantStats' `consecutive_wins`, and agrees with it.
 *
 * consecutiveWins(new Float64Array([0.01, 0.02, 0, 0.01])) // => 2
 */
export function consecutiveWins(returns: Float64Array): number {
  let longest = 0;
  let current = 0;
  for (let i = 0; i < returns.length; i++) {
    current = returns[i]! > 0 ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}
