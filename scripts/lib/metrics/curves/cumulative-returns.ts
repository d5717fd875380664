/**
 * The compounded return from the start to each bar: Π(1 + r) − 1 over r[0..i], multiplied
 * sequentially as numpy's `cumprod` does (QuantStats' `compsum`). The equity curve of one unit
 * invested is `1 + cumulativeReturns(r)`.
 *
 * cumulativeReturns(new Float64Array([0.1, -0.1]))
 * // => [0.10000000000000009, -0.009999999999999898]
 */
export function cumulativeReturns(returns: Float64Array): Float64Array {
  const cumulative = new Float64Array(returns.length);
  let growth = 1;
  for (let i = 0; i < returns.length; i++) {
    growth *= 1 + returns[i]!;
    cumulative[i] = growth - 1;
  }
  return cumulative;
}
