const cache = new WeakMap<Float64Array, Float64Array>();

/**
 * The drawdown at each bar: W / max(W so far) − 1, where W is the wealth of one unit invested
 * before the first bar (W starts at 1, so a loss on the first bar is already a drawdown).
 * Values are 0 at a new high and negative below it; −0.1 is 10% under the previous peak.
 *
 * Convention: QuantStats' `to_drawdown_series` for a return series, operation for operation:
 * wealth is 1 + (Π(1 + r) − 1), as `to_prices(returns, base=1)` builds it, and the running
 * maximum includes the starting 1. The comparisons that decide whether a bar is under water
 * therefore fall the same way, and drawdown episodes are the same ones. Cached per input array;
 * the result must not be modified.
 *
 * drawdownSeries(new Float64Array([0.1, -0.5, 0.2])) // => [0, -0.5, -0.4]
 */
export function drawdownSeries(returns: Float64Array): Float64Array {
  let drawdown = cache.get(returns);
  if (drawdown !== undefined) return drawdown;

  drawdown = new Float64Array(returns.length);
  let growth = 1;
  let peak = 1;
  for (let i = 0; i < returns.length; i++) {
    growth *= 1 + returns[i]!;
    const wealth = 1 + (growth - 1);
    if (wealth > peak) peak = wealth;
    drawdown[i] = wealth / peak - 1;
  }
  cache.set(returns, drawdown);
  return drawdown;
}
