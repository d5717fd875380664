import { describe, expect, it } from "vitest";

import { UsageError } from "../../scripts/lib/errors.ts";
import { parseTimeBound, startTimeClauses } from "../../scripts/lib/query/time-range.ts";

/** A fixed "now": 2026-02-01T00:00:00Z. */
const NOW = Date.UTC(2026, 1, 1);
const DAY_MS = 86_400_000;

describe("parseTimeBound", () => {
  it("reads durations back from now", () => {
    expect(parseTimeBound("--since", "30d", NOW)).toBe(NOW - 30 * DAY_MS);
    expect(parseTimeBound("--since", "12h", NOW)).toBe(NOW - DAY_MS / 2);
    expect(parseTimeBound("--since", "2w", NOW)).toBe(NOW - 14 * DAY_MS);
  });

  it("reads dates and ISO times as UTC unless a zone is given", () => {
    expect(parseTimeBound("--since", "2026-01-31", NOW)).toBe(Date.UTC(2026, 0, 31));
    expect(parseTimeBound("--since", "2026-01-31T09:30:00", NOW)).toBe(
      Date.UTC(2026, 0, 31, 9, 30),
    );
    expect(parseTimeBound("--since", "2026-01-31T09:30:00+02:00", NOW)).toBe(
      Date.UTC(2026, 0, 31, 7, 30),
    );
    expect(parseTimeBound("--since", "1769904000000", NOW)).toBe(1_769_904_000_000);
  });

  it("refuses anything else, naming the forms it reads", () => {
    expect(() => parseTimeBound("--since", "last month", NOW)).toThrow(UsageError);
    expect(() => parseTimeBound("--since", "3m", NOW)).toThrow(/30d, 12h, 2w/);
  });
});

describe("startTimeClauses", () => {
  it("writes the conditions MLflow's grammar takes for start_time", () => {
    expect(startTimeClauses(1, 2)).toEqual([
      "attributes.start_time >= 1",
      "attributes.start_time < 2",
    ]);
    expect(startTimeClauses(undefined, undefined)).toEqual([]);
  });
});
