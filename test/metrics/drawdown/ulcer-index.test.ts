import { describe, expect, it } from "vitest";

import { ulcerIndex } from "../../../scripts/lib/metrics/drawdown/ulcer-index.ts";
import { itAgreesWithQuantStats, returnsOf } from "../golden.ts";

describe("ulcerIndex", () => {
  itAgreesWithQuantStats("ulcer_index", (c) => ulcerIndex(c.series.returns));

  it("is the root of the summed squared drawdowns over n − 1", () => {
    // Hand calculation: drawdowns 0, −0.5, −0.4: √((0.25 + 0.16) / 2).
    expect(ulcerIndex(returnsOf(0.1, -0.5, 0.2))).toBeCloseTo(Math.sqrt(0.41 / 2), 14);
  });
});
