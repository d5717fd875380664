/**
 * Rolling beta: cov(r, b) / var(b) over each window of `window` bars, NaN for the first
 * window − 1 bars and where the benchmark did not move. QuantStats' `rolling_greeks` beta
 * (rolling correlation · std_r / std_b, the same quantity).
 *
 * Note: the metrics module has no rolling beta yet; this one stays here until it does.
 * The window sums slide in O(1) per bar and are summed afresh every `window` bars, so
 * rounding drift cannot build up over a long series (100k+ bars). A benchmark that repeats one
 * value over a whole window has a variance of exactly 0 (and a beta of NaN), which the sums
 * alone would leave as a rounding residue; a count of repeated values catches it.
 */
export function rollingBeta(
  returns: Float64Array,
  benchmark: Float64Array,
  window: number,
): Float64Array {
  const length = Math.min(returns.length, benchmark.length);
  const beta = new Float64Array(length).fill(NaN);
  if (window < 2 || window > length) return beta;

  let sumR = 0;
  let sumB = 0;
  let sumBB = 0;
  let sumRB = 0;
  let sameValueRun = 0;
  for (let i = 0; i < length; i++) {
    sameValueRun = i > 0 && benchmark[i] === benchmark[i - 1] ? sameValueRun + 1 : 1;
    if ((i + 1) % window === 0) {
      [sumR, sumB, sumBB, sumRB] = windowSums(returns, benchmark, i - window + 1, i + 1);
    } else {
      const [r, b] = [returns[i]!, benchmark[i]!];
      sumR += r;
      sumB += b;
      sumBB += b * b;
      sumRB += r * b;
      if (i >= window) {
        const [oldR, oldB] = [returns[i - window]!, benchmark[i - window]!];
        sumR -= oldR;
        sumB -= oldB;
        sumBB -= oldB * oldB;
        sumRB -= oldR * oldB;
      }
    }
    if (i < window - 1) continue;

    const covariance = sumRB - (sumR * sumB) / window;
    const variance = sumBB - (sumB * sumB) / window;
    beta[i] = variance > 0 && sameValueRun < window ? covariance / variance : NaN;
  }
  return beta;
}

type Sums = [number, number, number, number];

function windowSums(r: Float64Array, b: Float64Array, from: number, to: number): Sums {
  let [sumR, sumB, sumBB, sumRB]: Sums = [0, 0, 0, 0];
  for (let i = from; i < to; i++) {
    sumR += r[i]!;
    sumB += b[i]!;
    sumBB += b[i]! * b[i]!;
    sumRB += r[i]! * b[i]!;
  }
  return [sumR, sumB, sumBB, sumRB];
}
