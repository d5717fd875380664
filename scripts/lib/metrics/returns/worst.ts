/**
 * Worst period: the lowest return. Given bar returns, the worst bar (QuantStats' "Worst Day");
 * given monthly or yearly returns (see `calendarReturns`), the worst month or year. A fraction.
 * NaN for an empty array.
 *
 * Convention: QuantStats' `worst`, and agrees with it.
 *
 * worst(new Float64Array([0.01, 0.03, -0.02])) // => -0.02
 */
export function worst(periodReturns: Float64Array): number {
  if (periodReturns.length === 0) return NaN;

  let lowest = Infinity;
  for (let i = 0; i < periodReturns.length; i++) {
    if (periodReturns[i]! < lowest) lowest = periodReturns[i]!;
  }
  return lowest;
}
