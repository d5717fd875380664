/**
 * `compute` with its result kept per input array, so that a quantity many metrics share (the
 * deviation of the returns, their moments, their winners and losers) is computed once per
 * series. Keyed by the array itself: inputs are read-only, so the result cannot go stale.
 */
export function memoize<T>(compute: (values: Float64Array) => T): (values: Float64Array) => T {
  const cache = new WeakMap<Float64Array, T>();
  return (values) => {
    if (cache.has(values)) return cache.get(values) as T;
    const result = compute(values);
    cache.set(values, result);
    return result;
  };
}
