import { describe, expect, it } from "vitest";

import { lineUpDatesWithTimes } from "../../scripts/lib/input/dates-only.ts";
import { assertOverlap } from "../../scripts/lib/input/overlap.ts";
import type { ReturnSeries } from "../../scripts/lib/input/types.ts";

const FILES = { returns: "strategy.csv", benchmark: "spy.csv" };
const HOUR = 3_600_000;

/** Daily bars on 2, 3, 4 and 5 January 2024, at `hour` o'clock UTC (0: dates only). */
function daily(hour: number | number[]): ReturnSeries {
  const hours = Array.isArray(hour) ? hour : [hour, hour, hour, hour];
  return {
    timestamps: Float64Array.from([2, 3, 4, 5], (d, i) => Date.UTC(2024, 0, d) + hours[i]! * HOUR),
    returns: Float64Array.from([0.01, -0.02, 0.005, 0.03]),
  };
}

describe("lineUpDatesWithTimes", () => {
  it("drops a benchmark's one time of day to meet returns that carry dates only", () => {
    const dates = daily(0);
    const closes = daily(16);
    expect(() => assertOverlap(dates, closes, FILES)).toThrow(/share 0 timestamp/);

    const lined = lineUpDatesWithTimes(dates, closes, FILES);

    expect(lined.series).toBe(dates);
    expect(Array.from(lined.benchmark.timestamps!)).toEqual(Array.from(dates.timestamps!));
    expect(lined.benchmark.returns).toBe(closes.returns);
    expect(lined.note).toBe(
      "spy.csv stamps every row at 16:00 UTC and the other file has dates only, so the two " +
        "were lined up by date.",
    );
    expect(assertOverlap(lined.series, lined.benchmark, FILES)).toBe(4);
  });

  it("works the other way round: timed returns, a benchmark of dates", () => {
    const lined = lineUpDatesWithTimes(daily(21), daily(0), FILES);
    expect(Array.from(lined.series.timestamps!)).toEqual(Array.from(daily(0).timestamps!));
    expect(lined.note).toMatch(/^strategy\.csv stamps every row at 21:00 UTC/);
  });

  it("leaves series alone when both carry times, or the times vary (intraday bars)", () => {
    const closes = daily(16);
    const intradayBars = daily([16, 17, 16, 16]);
    const both = lineUpDatesWithTimes(daily(16), closes, FILES);
    const intraday = lineUpDatesWithTimes(daily(0), intradayBars, FILES);

    expect(both.note).toBeUndefined();
    expect(both.benchmark).toBe(closes);
    expect(intraday.note).toBeUndefined();
    expect(intraday.benchmark).toBe(intradayBars);
  });
});
