import { describe, expect, it } from "vitest";

import { pairwiseSum } from "../../../scripts/lib/metrics/helpers/pairwise-sum.ts";
import { golden, goldenCase, returnsOf } from "../golden.ts";

describe("pairwiseSum", () => {
  const returns = goldenCase("spy daily rf=0.0").series.returns;

  it.each(golden().helpers.sums)("equals numpy's np.sum bit for bit on %i values", (n, sum) => {
    // Expected: numpy 2.4.6 np.sum of the first n returns (golden.py, "helpers").
    expect(pairwiseSum(returns, 0, n)).toBe(sum);
  });

  it("adds fewer than eight values one by one", () => {
    // Hand calculation: ((0.1 + 0.2) + 0.3) in binary floating point.
    expect(pairwiseSum(returnsOf(0.1, 0.2, 0.3))).toBe(0.1 + 0.2 + 0.3);
  });

  it("is 0 for an empty range", () => {
    expect(pairwiseSum(returnsOf())).toBe(0);
  });
});
