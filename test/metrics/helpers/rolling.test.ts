import { describe, expect, it } from "vitest";

import { rollingMoments } from "../../../scripts/lib/metrics/helpers/rolling.ts";
import { returnsOf } from "../golden.ts";

describe("rollingMoments", () => {
  it("gives each full window's mean and sample deviation", () => {
    const { means, deviations } = rollingMoments(returnsOf(1, 3, 5, 5, 5), 3);
    expect(means[1]).toBeNaN();
    // Hand calculation: windows (1, 3, 5), (3, 5, 5), (5, 5, 5).
    expect(means[2]).toBeCloseTo(3, 14);
    expect(deviations[2]).toBeCloseTo(2, 14);
    expect(means[3]).toBeCloseTo(13 / 3, 14);
    expect(deviations[3]).toBeCloseTo(Math.sqrt((16 / 9 + 4 / 9 + 4 / 9) / 2), 14);
    expect(deviations[4]).toBe(0);
  });
});
