import { describe, expect, it } from "vitest";

import {
  civilDate,
  civilFromDays,
  monthsBefore,
  periodKeys,
} from "../../../scripts/lib/metrics/helpers/calendar.ts";
import { day } from "../golden.ts";

describe("calendar", () => {
  it("reads UTC dates like Date does", () => {
    // Expected: JavaScript's Date in UTC, on a spread of days from 1900 to 2100.
    for (let dayNumber = -25_567; dayNumber < 47_482; dayNumber += 37) {
      const date = new Date(dayNumber * 86_400_000);
      expect(civilFromDays(dayNumber)).toEqual({
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
      });
    }
    expect(civilDate(day("2024-02-29") + 23 * 3_600_000)).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
  });

  it("steps back months with the day clamped, keeping the time of day", () => {
    // Hand calculation: 31 May − 3 months is 29 February in a leap year, 28 otherwise.
    expect(monthsBefore(day("2024-05-31"), 3)).toBe(day("2024-02-29"));
    expect(monthsBefore(day("2023-05-31"), 3)).toBe(day("2023-02-28"));
    expect(monthsBefore(day("2024-01-15") + 3_600_000, 13)).toBe(day("2022-12-15") + 3_600_000);
  });

  it("numbers consecutive periods consecutively", () => {
    const timestamps = Float64Array.from(["2023-12-31", "2024-01-01", "2024-04-01"].map(day));
    // Hand calculation: months 2023·12 + 11, 2024·12 + 0, 2024·12 + 3; quarters 2023·4 + 3, …
    expect(Array.from(periodKeys(timestamps, "month"))).toEqual([24_287, 24_288, 24_291]);
    expect(Array.from(periodKeys(timestamps, "quarter"))).toEqual([8095, 8096, 8097]);
    expect(Array.from(periodKeys(timestamps, "year"))).toEqual([2023, 2024, 2024]);
  });
});
