import { sampleStandardDeviation } from "../helpers/standard-deviation.ts";

/**
 * Annualised volatility: s · √P, where s is the sample standard deviation of the returns
 * (n − 1 in the denominator) and P the periods per year. A fraction per year: 0.2 is 20%.
 *
 * Convention: QuantStats' `volatility(returns, periods=P)`, and agrees with it. NaN with fewer
 * than two bars.
 *
 * volatility(new Float64Array([0.01, -0.01]), 252) // => 0.01414... · √252 = 0.2244994432064365
 */
export function volatility(returns: Float64Array, periodsPerYear: number): number {
  return sampleStandardDeviation(returns) * Math.sqrt(periodsPerYear);
}
