/**
 * Expected return per period, the geometric mean: (Π(1 + r))^(1/n) − 1. Given bar returns it is
 * the typical return per bar; given monthly or yearly returns (see `calendarReturns`), per month
 * or per year. A fraction per period. NaN for an empty array.
 *
 * Convention: QuantStats' `expected_return` (also `geometric_mean`, `ghpr`), and agrees with it.
 *
 * expectedReturn(new Float64Array([0.1, -0.1])) // => −0.005012562893380035
 */
export function expectedReturn(periodReturns: Float64Array): number {
  if (periodReturns.length === 0) return NaN;

  let growth = 1;
  for (let i = 0; i < periodReturns.length; i++) growth *= 1 + periodReturns[i]!;
  return Math.pow(growth, 1 / periodReturns.length) - 1;
}
