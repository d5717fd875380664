const cache = new WeakMap<ArrayLike<number>, Float64Array>();

/**
 * An ascending copy of `values`, made once per input array and shared by every quantile-based
 * metric (tail ratio, outlier ratios, historical CVaR). The input is not touched; the copy must
 * not be modified by callers.
 */
export function sortedCopy(values: Float64Array): Float64Array {
  let sorted = cache.get(values);
  if (sorted === undefined) {
    sorted = Float64Array.from(values).sort();
    cache.set(values, sorted);
  }
  return sorted;
}
