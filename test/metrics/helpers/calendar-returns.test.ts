import { describe, expect, it } from "vitest";

import {
  calendarReturns,
  calendarSums,
} from "../../../scripts/lib/metrics/helpers/calendar-returns.ts";
import { day, returnsOf } from "../golden.ts";

describe("calendarReturns", () => {
  it("compounds the bars of each period that has bars", () => {
    const timestamps = Float64Array.from(["2024-01-30", "2024-01-31", "2024-03-01"].map(day));
    const monthly = calendarReturns(returnsOf(0.1, 0.1, -0.05), timestamps, "month");
    // Hand calculation: January 1.1² − 1; February has no bar and no entry; March −0.05.
    expect(monthly).toHaveLength(2);
    expect(monthly[0]).toBeCloseTo(0.21, 15);
    expect(monthly[1]).toBeCloseTo(-0.05, 15);
  });
});

describe("calendarSums", () => {
  it("sums each period from the first to the last, empty ones as 0", () => {
    const timestamps = Float64Array.from(["2024-01-30", "2024-01-31", "2024-03-01"].map(day));
    const sums = calendarSums(returnsOf(0.1, 0.1, -0.05), timestamps, "month");
    // Hand calculation: January 0.2, February 0 (no bar), March −0.05.
    expect(Array.from(sums)).toEqual([0.2, 0, -0.05]);
  });
});
