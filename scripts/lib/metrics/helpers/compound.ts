/**
 * The compounded return of `returns[start..end)`: the running product of (1 + r), minus 1,
 * multiplied left to right as numpy's `prod` does (QuantStats' `comp`). 0 for an empty range.
 *
 * compound(new Float64Array([0.1, -0.1])) // => -0.009999999999999898
 */
export function compound(
  returns: ArrayLike<number>,
  start = 0,
  end: number = returns.length,
): number {
  let growth = 1;
  for (let i = start; i < end; i++) growth *= 1 + returns[i]!;
  return growth - 1;
}
