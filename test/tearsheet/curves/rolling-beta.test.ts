import { describe, expect, it } from "vitest";

import { rollingBeta } from "../../../scripts/lib/tearsheet/curves/rolling-beta.ts";

/** cov(r, b) / var(b) of one window, two-pass, straight from the definition. */
function betaByDefinition(r: number[], b: number[]): number {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [mr, mb] = [mean(r), mean(b)];
  const covariance = r.reduce((s, x, i) => s + (x - mr) * (b[i]! - mb), 0);
  const variance = b.reduce((s, x) => s + (x - mb) ** 2, 0);
  return covariance / variance;
}

describe("rollingBeta", () => {
  it("is 2 for a strategy that moves twice the benchmark plus a constant", () => {
    // cov(2b + c, b) = 2 var(b), by bilinearity of the covariance.
    const b = new Float64Array([0.01, -0.02, 0.03, 0.0, 0.015]);
    const r = b.map((x) => 2 * x + 0.001);

    const beta = rollingBeta(r, b, 3);

    expect(Array.from(beta.slice(0, 2))).toEqual([NaN, NaN]);
    for (const value of beta.slice(2)) expect(value).toBeCloseTo(2, 12);
  });

  it("is NaN where the benchmark did not move over the window", () => {
    const b = new Float64Array([0.01, 0.01, 0.01]);

    expect(Array.from(rollingBeta(new Float64Array([0.02, -0.01, 0.03]), b, 3))).toEqual([
      NaN,
      NaN,
      NaN,
    ]);
  });

  it("agrees with the definition, window by window, over a long series", () => {
    const length = 2_000;
    const window = 126;
    const b = Float64Array.from({ length }, (_, i) => 0.01 * Math.sin(i * 0.7) + 0.001);
    const r = Float64Array.from({ length }, (_, i) => 1.3 * b[i]! + 0.004 * Math.cos(i * 1.9));

    const beta = rollingBeta(r, b, window);

    for (const end of [window - 1, window, 2 * window - 1, 2 * window, 1_234, length - 1]) {
      const from = end - window + 1;
      const expected = betaByDefinition(
        Array.from(r.slice(from, end + 1)),
        Array.from(b.slice(from, end + 1)),
      );
      expect(beta[end]).toBeCloseTo(expected, 10);
    }
  });

  it("is all NaN when the window is longer than the series", () => {
    const b = new Float64Array([0.01, -0.01]);

    expect(Array.from(rollingBeta(b, b, 3))).toEqual([NaN, NaN]);
  });
});
