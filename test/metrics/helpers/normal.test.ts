import { describe, expect, it } from "vitest";

import {
  standardNormalCdf,
  standardNormalDensity,
  standardNormalQuantile,
} from "../../../scripts/lib/metrics/helpers/normal.ts";

describe("standard normal", () => {
  it("matches scipy's norm to the last digits", () => {
    // Expected: scipy 1.17.1 norm.ppf(1 - 0.95) = -1.6448536269514722,
    // norm.pdf(norm.ppf(1 - 0.95)) = 0.10313564037537139, norm.cdf(1.0) = 0.8413447460685429.
    expect(standardNormalQuantile(1 - 0.95)).toBeCloseTo(-1.6448536269514722, 15);
    expect(standardNormalDensity(-1.6448536269514722)).toBeCloseTo(0.10313564037537139, 16);
    expect(standardNormalCdf(1)).toBeCloseTo(0.8413447460685429, 15);
  });

  it("is symmetric around 0", () => {
    expect(standardNormalCdf(0)).toBe(0.5);
    expect(standardNormalQuantile(0.5)).toBe(0);
  });
});
