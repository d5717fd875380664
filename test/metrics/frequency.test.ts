import { describe, expect, it } from "vitest";

import { inferPeriodsPerYear } from "../../scripts/lib/metrics/frequency.ts";
import { day, goldenCase } from "./golden.ts";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 86_400_000;

/** Timestamps every `step` ms from `start`, keeping only those `keep` accepts. */
function every(start: number, step: number, count: number, keep = (_t: number) => true) {
  const timestamps: number[] = [];
  for (let t = start; timestamps.length < count; t += step) if (keep(t)) timestamps.push(t);
  return Float64Array.from(timestamps);
}

const weekday = (t: number) => new Date(t).getUTCDay();
const isWeekday = (t: number) => weekday(t) !== 0 && weekday(t) !== 6;

describe("inferPeriodsPerYear", () => {
  it.each([
    ["spy daily rf=0.0", 252],
    ["pyfolio", 252],
    ["spy month-end", 12],
    ["btc hourly", 8760],
    ["btc daily", 365],
    ["twelve monthly 1% as 12", 12],
  ])("finds the frequency of the real series %s: %i", (name, expected) => {
    // Expected: what each golden series is (see test/fixtures/data/README.md); the BTC hourly
    // series trades 24/7 and misses one hour (2019-04-13 15:00).
    expect(inferPeriodsPerYear(goldenCase(name).series.timestamps).periodsPerYear).toBe(expected);
  });

  it("tells trading days from calendar days", () => {
    const trading = inferPeriodsPerYear(every(day("2024-01-01"), DAY, 500, isWeekday));
    expect(trading.periodsPerYear).toBe(252);
    expect(trading.reason).toMatch(/5 weekdays/);
    expect(inferPeriodsPerYear(every(day("2024-01-01"), DAY, 500)).periodsPerYear).toBe(365);
  });

  it("ignores holidays and a missing hour", () => {
    const holidays = new Set(["2024-01-15", "2024-02-19", "2024-03-29", "2024-05-27"].map(day));
    const trading = every(day("2024-01-01"), DAY, 300, (t) => isWeekday(t) && !holidays.has(t));
    expect(inferPeriodsPerYear(trading).periodsPerYear).toBe(252);
    const hourly = every(day("2024-01-01"), HOUR, 3000, (t) => t !== day("2024-02-01") + 5 * HOUR);
    expect(inferPeriodsPerYear(hourly).periodsPerYear).toBe(8760);
  });

  it("counts intraday bars per trading day when the market closes", () => {
    // US equity hours in UTC: hourly bars from 14:30 to 20:30, 7 a day, weekdays only.
    const open = 14 * HOUR + 30 * MINUTE;
    const sessionHourly = every(day("2024-01-01") + open, HOUR, 7 * 300, (t) => {
      const timeOfDay = t % DAY;
      return isWeekday(t) && timeOfDay >= open && timeOfDay <= open + 6 * HOUR;
    });
    const hourly = inferPeriodsPerYear(sessionHourly);
    // Hand calculation: 252 trading days × 7 bars.
    expect(hourly.periodsPerYear).toBe(252 * 7);
    expect(hourly.reason).toMatch(/7 bars on a typical day/);

    const minutes = every(day("2024-01-01") + 14 * HOUR + 30 * MINUTE, MINUTE, 390 * 20, (t) => {
      const ofDay = (t % DAY) / MINUTE;
      return isWeekday(t) && ofDay >= 14 * 60 + 30 && ofDay < 21 * 60;
    });
    // Hand calculation: 390 one-minute bars a session × 252.
    expect(inferPeriodsPerYear(minutes).periodsPerYear).toBe(252 * 390);
  });

  it("recognises minute bars around the clock", () => {
    // Hand calculation: 365 × 1440.
    expect(inferPeriodsPerYear(every(day("2024-01-01"), MINUTE, 20_000)).periodsPerYear).toBe(
      365 * 1440,
    );
  });

  it.each([
    [7 * DAY, 52],
    [91 * DAY, 4],
    [365 * DAY, 1],
  ])("reads a spacing of %d ms as %i periods a year", (step, expected) => {
    expect(inferPeriodsPerYear(every(day("2000-01-03"), step, 40)).periodsPerYear).toBe(expected);
  });

  it("assumes 252 without timestamps and says so", () => {
    const finding = inferPeriodsPerYear(null);
    expect(finding.periodsPerYear).toBe(252);
    expect(finding.reason).toMatch(/assumed 252.*no timestamps/);
    expect(inferPeriodsPerYear(Float64Array.from([day("2024-01-01")])).reason).toMatch(/assumed/);
  });
});

describe("inferPeriodsPerYear on bars that follow no calendar frequency", () => {
  it("counts the bars a year actually holds for Monday, Wednesday and Friday bars", () => {
    // Two years of Mon/Wed/Fri from 2024-01-01 (a Monday): 3 bars a week, about 156 a year;
    // the median spacing of 2 days would have said 365.25 / 2 = 183.
    const days: number[] = [];
    for (let day = 0; day < 731; day += 1) {
      const weekday = (day + 1) % 7; // 2024-01-01 is a Monday (weekday 1, Sunday 0)
      if (weekday === 1 || weekday === 3 || weekday === 5)
        days.push(Date.UTC(2024, 0, 1) + day * 86_400_000);
    }

    const finding = inferPeriodsPerYear(new Float64Array(days));

    expect(finding.periodsPerYear).toBe(
      Math.round((days.length - 1) / ((days.at(-1)! - days[0]!) / (365.25 * 86_400_000))),
    );
    expect(finding.periodsPerYear).toBeGreaterThanOrEqual(155);
    expect(finding.periodsPerYear).toBeLessThanOrEqual(157);
  });
});
