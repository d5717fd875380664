const cache = new WeakMap<Float64Array, Map<string, Float64Array>>();

/**
 * The risk-free rate per period: (1 + rf)^(1/P) − 1, the geometric de-annualisation QuantStats
 * applies (`utils.to_excess_returns` with `nperiods`). 2% a year over 252 periods is 0.0000786.
 */
export function periodicRiskFreeRate(riskFreeRate: number, periodsPerYear: number): number {
  return Math.pow(1 + riskFreeRate, 1 / periodsPerYear) - 1;
}

/**
 * Returns in excess of the risk-free rate: r − ((1 + rf)^(1/P) − 1) for every period. The same
 * array comes back for a rate of exactly 0. Cached per input array, rate and P, because the
 * Sharpe family, Sortino family, Omega and the risk-adjusted return all start from it.
 *
 * Departure from QuantStats: QuantStats subtracts the rate only when it is above zero and
 * silently ignores a negative one; here a negative rate is subtracted too (it raises excess
 * returns). See "Deliberate differences" in references/metrics.md.
 */
export function excessReturns(
  returns: Float64Array,
  riskFreeRate: number,
  periodsPerYear: number,
): Float64Array {
  if (riskFreeRate === 0) return returns;

  let byRate = cache.get(returns);
  if (byRate === undefined) {
    byRate = new Map();
    cache.set(returns, byRate);
  }
  const key = `${riskFreeRate}/${periodsPerYear}`;
  let excess = byRate.get(key);
  if (excess === undefined) {
    const ratePerPeriod = periodicRiskFreeRate(riskFreeRate, periodsPerYear);
    excess = new Float64Array(returns.length);
    for (let i = 0; i < returns.length; i++) excess[i] = returns[i]! - ratePerPeriod;
    byRate.set(key, excess);
  }
  return excess;
}
