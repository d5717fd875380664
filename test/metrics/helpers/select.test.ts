import { describe, expect, it } from "vitest";

import { select } from "../../../scripts/lib/metrics/helpers/select.ts";
import { returnsOf } from "../golden.ts";

describe("select", () => {
  it("keeps the matching values in order", () => {
    expect(Array.from(select(returnsOf(0.01, -0.02, 0, 0.03), (r) => r > 0))).toEqual([0.01, 0.03]);
  });
});
