import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";

const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

/** Φ, the standard normal distribution function (scipy's `norm.cdf`). */
export function standardNormalCdf(x: number): number {
  return normalCdf(x, 0, 1);
}

/** Φ⁻¹, the standard normal quantile (scipy's `norm.ppf`), to full double precision. */
export function standardNormalQuantile(p: number): number {
  return normalQuantile(p, 0, 1);
}

/** φ, the standard normal density, written as scipy writes it: exp(-x²/2) / √(2π). */
export function standardNormalDensity(x: number): number {
  return Math.exp((-x * x) / 2) / SQRT_TWO_PI;
}
