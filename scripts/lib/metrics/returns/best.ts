/**
 * Best period: the highest return. Given bar returns, the best bar (QuantStats' "Best Day");
 * given monthly or yearly returns (see `calendarReturns`), the best month or year. A fraction.
 * NaN for an empty array.
 *
 * Convention: QuantStats' `best`, and agrees with it.
 *
 * best(new Float64Array([0.01, 0.03, -0.02])) // => 0.03
 */
export function best(periodReturns: Float64Array): number {
  if (periodReturns.length === 0) return NaN;

  let highest = -Infinity;
  for (let i = 0; i < periodReturns.length; i++) {
    if (periodReturns[i]! > highest) highest = periodReturns[i]!;
  }
  return highest;
}
