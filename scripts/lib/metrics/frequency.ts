import { median } from "./helpers/median.ts";

/** What `inferPeriodsPerYear` found, and how, in words fit for a run parameter. */
export interface PeriodsPerYearFinding {
  periodsPerYear: number;
  reason: string;
}

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
const TRADING_DAYS = 252;
const CALENDAR_DAYS = 365;
/** A weekday with less than this share of the bars is no trading day (a Sunday-evening open). */
const MIN_WEEKDAY_SHARE = 0.05;
/** Days holding at least this share of a full day's bars are taken as trading around the clock. */
const ROUND_THE_CLOCK_SHARE = 0.9;

/** Spacings, in days, that name a frequency; anything else is annualised as 365.25 / spacing. */
const CALENDAR_FREQUENCIES = [
  { from: 4, to: 10, periodsPerYear: 52, name: "weekly" },
  { from: 25, to: 35, periodsPerYear: 12, name: "monthly" },
  { from: 80, to: 100, periodsPerYear: 4, name: "quarterly" },
  { from: 170, to: 190, periodsPerYear: 2, name: "half-yearly" },
  { from: 350, to: 380, periodsPerYear: 1, name: "yearly" },
] as const;

/**
 * Periods per year from the bars' timestamps (ms UTC, ascending):
 * - the bar length is the median spacing between timestamps, so gaps (holidays, a missing
 *   hour, a weekend) do not move it;
 * - daily bars: 365 when bars fall on all seven weekdays (crypto), else 252 trading days;
 * - intraday bars: days per year (365 or 252, as above) × bars per day, where bars per day is
 *   the median count of bars on a UTC calendar day, or a full day's worth (24 hourly bars) when
 *   days are at least 90% full (the series trades around the clock);
 * - weekly 52, monthly 12, quarterly 4, half-yearly 2, yearly 1; other spacings 365.25/spacing.
 * Without timestamps (or with fewer than two), 252 is assumed and the reason says so.
 *
 * inferPeriodsPerYear(hourly24x7).periodsPerYear // => 8760
 */
export function inferPeriodsPerYear(timestamps: Float64Array | null): PeriodsPerYearFinding {
  if (timestamps === null) {
    return assumed("the returns have no timestamps");
  }
  if (timestamps.length < 2) {
    return assumed("fewer than two timestamps");
  }

  const spacing = median(spacings(timestamps));
  if (spacing < 0.8 * MS_PER_DAY) return intraday(timestamps, spacing);
  const spacingDays = spacing / MS_PER_DAY;
  if (spacingDays <= 1.5) return daily(timestamps);
  for (const frequency of CALENDAR_FREQUENCIES) {
    if (spacingDays >= frequency.from && spacingDays <= frequency.to) {
      return {
        periodsPerYear: frequency.periodsPerYear,
        reason: `${frequency.name} bars (median spacing ${formatDays(spacingDays)})`,
      };
    }
  }
  return irregular(timestamps, spacingDays);
}

/**
 * Bars that follow no calendar frequency (Monday-Wednesday-Friday, the 1st and 15th): the
 * number of bars per year actually observed over the series' span. The median spacing would
 * mislead here: Monday-Wednesday-Friday bars are two days apart most of the time, yet there
 * are 156 of them a year, not 365.25 / 2 = 183.
 */
function irregular(timestamps: Float64Array, spacingDays: number): PeriodsPerYearFinding {
  const spanYears = (timestamps[timestamps.length - 1]! - timestamps[0]!) / (365.25 * MS_PER_DAY);
  const periodsPerYear = Math.max(1, Math.round((timestamps.length - 1) / spanYears));
  return {
    periodsPerYear,
    reason:
      `irregular bars (median spacing ${formatDays(spacingDays)}): ` +
      `${periodsPerYear} bars a year over the series' span`,
  };
}

function assumed(why: string): PeriodsPerYearFinding {
  return {
    periodsPerYear: TRADING_DAYS,
    reason:
      `assumed ${TRADING_DAYS} (daily trading bars) because ${why}; ` +
      "pass --periods-per-year to set it",
  };
}

function daily(timestamps: Float64Array): PeriodsPerYearFinding {
  const weekdays = tradingWeekdays(timestamps);
  if (weekdays === 7) {
    return {
      periodsPerYear: CALENDAR_DAYS,
      reason: "daily bars on all seven weekdays (calendar days, as crypto trades): 365",
    };
  }
  return {
    periodsPerYear: TRADING_DAYS,
    reason: `daily bars on ${weekdays} weekdays (trading days): 252`,
  };
}

function intraday(timestamps: Float64Array, spacing: number): PeriodsPerYearFinding {
  const weekdays = tradingWeekdays(timestamps);
  const daysPerYear = weekdays === 7 ? CALENDAR_DAYS : TRADING_DAYS;
  const fullDay = Math.max(1, Math.round(MS_PER_DAY / spacing));
  const typicalDay = Math.round(median(barsPerDay(timestamps)));
  const roundTheClock = typicalDay >= ROUND_THE_CLOCK_SHARE * fullDay;
  const bars = roundTheClock ? fullDay : typicalDay;
  const periodsPerYear = daysPerYear * bars;
  const days = weekdays === 7 ? "seven days a week" : `${weekdays} weekdays (trading days)`;
  const hours = roundTheClock
    ? `around the clock, ${bars} bars a day`
    : `${bars} bars on a typical day (median)`;
  return {
    periodsPerYear,
    reason:
      `${formatBar(spacing)} bars, ${days}, ${hours}: ` +
      `${daysPerYear} × ${bars} = ${periodsPerYear}`,
  };
}

function spacings(timestamps: Float64Array): Float64Array {
  const gaps = new Float64Array(timestamps.length - 1);
  for (let i = 1; i < timestamps.length; i++) gaps[i - 1] = timestamps[i]! - timestamps[i - 1]!;
  return gaps;
}

/** How many of the seven UTC weekdays hold at least 5% of the bars. */
function tradingWeekdays(timestamps: Float64Array): number {
  const counts = new Array<number>(7).fill(0);
  for (let i = 0; i < timestamps.length; i++) {
    const dayNumber = Math.floor(timestamps[i]! / MS_PER_DAY);
    counts[(((dayNumber + 4) % 7) + 7) % 7]! += 1;
  }
  return counts.filter((count) => count >= MIN_WEEKDAY_SHARE * timestamps.length).length;
}

/** The number of bars on each UTC calendar day that has any. */
function barsPerDay(timestamps: Float64Array): number[] {
  const counts: number[] = [];
  let currentDay = NaN;
  for (let i = 0; i < timestamps.length; i++) {
    const dayNumber = Math.floor(timestamps[i]! / MS_PER_DAY);
    if (dayNumber === currentDay) counts[counts.length - 1]! += 1;
    else {
      counts.push(1);
      currentDay = dayNumber;
    }
  }
  return counts;
}

function formatBar(spacing: number): string {
  if (spacing % MS_PER_HOUR === 0) return `${spacing / MS_PER_HOUR}-hour`;
  if (spacing % 60_000 === 0) return `${spacing / 60_000}-minute`;
  return `${spacing / 1000}-second`;
}

function formatDays(days: number): string {
  return `${Number(days.toFixed(2))} days`;
}
