import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { expect, it } from "vitest";

import type { ReturnSeries } from "../../scripts/lib/metrics/types.ts";

/** Written by test/setup/quantstats-oracle.ts (test/oracle/golden.py) before the tests run. */
const GOLDEN_FILE = join(
  resolve(dirname(fileURLToPath(import.meta.url)), "../.."),
  "test",
  ".golden",
  "quantstats-0.0.86.json",
);

/** Relative agreement required with QuantStats. */
export const RELATIVE_TOLERANCE = 1e-9;
/** Absolute agreement accepted for values this close to 0, where relative error is meaningless. */
export const ABSOLUTE_TOLERANCE = 1e-15;

type JsonNumber = number | "NaN" | "Infinity" | "-Infinity";

interface RawSeries {
  timestamps: number[];
  returns: number[];
}

interface RawEpisode {
  start: number;
  valley: number;
  end: number;
  days: number;
  max_drawdown: number;
}

interface RawCase {
  name: string;
  source: string;
  periodsPerYear: number;
  riskFreeRate: number;
  series: RawSeries;
  benchmark: RawSeries | null;
  quantstats: Record<string, JsonNumber>;
  corrected: Record<string, JsonNumber>;
  curves?: Record<string, JsonNumber[] | number | RawEpisode[]>;
}

interface RawGolden {
  quantstats: string;
  cases: RawCase[];
  helpers: Golden["helpers"];
  prices: {
    prices: number[];
    max_drawdown_of_prices: JsonNumber;
    max_drawdown_of_prices_times_ten: JsonNumber;
  };
}

/** Curves of a case, as QuantStats computes them (see golden.py, `curves`). */
export interface GoldenCurves {
  drawdown: Float64Array;
  cumulativeReturns: Float64Array;
  rollingWindow: number;
  rollingSharpe: Float64Array;
  rollingSortino: Float64Array;
  rollingVolatility: Float64Array;
  monthlyReturns: Float64Array;
  yearlyReturns: Float64Array;
  /** QuantStats' drawdown_details with the first-bar fix; start/valley/end are UTC dates. */
  episodes: RawEpisode[];
}

/** One input measured by the real QuantStats 0.0.86. */
export interface GoldenCase {
  name: string;
  /** The fixture file and how it was turned into returns. */
  source: string;
  periodsPerYear: number;
  riskFreeRate: number;
  series: ReturnSeries;
  benchmark: ReturnSeries | null;
  /** The value of the qs.stats function behind each key, as the report calls it. */
  quantstats: Record<string, number>;
  /** The right value where QuantStats is demonstrably wrong on this input (and differs). */
  corrected: Record<string, number>;
  curves: GoldenCurves | null;
}

export interface Golden {
  version: string;
  cases: GoldenCase[];
  /** numpy and pandas on prefixes of the "spy daily" returns: [n or p, value] pairs. */
  helpers: {
    source: string;
    sums: [number, number][];
    variances: [number, number][];
    quantiles: [number, number][];
  };
  prices: { prices: number[]; maxDrawdownOfPrices: number; maxDrawdownOfPricesTimesTen: number };
}

let loaded: Golden | undefined;

/** The golden values, read once per test file. */
export function golden(): Golden {
  if (loaded !== undefined) return loaded;
  if (!existsSync(GOLDEN_FILE)) {
    throw new Error(
      `${GOLDEN_FILE} is missing: it is written by test/setup/quantstats-oracle.ts. Run the ` +
        "tests with `npx vitest run` so that the global setup in vitest.config.ts runs.",
    );
  }
  const raw = JSON.parse(readFileSync(GOLDEN_FILE, "utf8")) as RawGolden;
  loaded = {
    version: raw.quantstats,
    cases: raw.cases.map(decodeCase),
    helpers: raw.helpers,
    prices: {
      prices: raw.prices.prices,
      maxDrawdownOfPrices: decode(raw.prices.max_drawdown_of_prices),
      maxDrawdownOfPricesTimesTen: decode(raw.prices.max_drawdown_of_prices_times_ten),
    },
  };
  return loaded;
}

/** The golden case of that name. */
export function goldenCase(name: string): GoldenCase {
  const found = golden().cases.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`No golden case named "${name}" in golden.py.`);
  return found;
}

/** What a key should be on a case: QuantStats' value, or the corrected one where it differs. */
export function expectedValue(goldenCase: GoldenCase, key: string): number {
  const value = goldenCase.corrected[key] ?? goldenCase.quantstats[key];
  if (value === undefined) throw new Error(`Case "${goldenCase.name}" has no value for ${key}.`);
  return value;
}

/** The cases that have a value for `key` (benchmark keys exist only on benchmark cases). */
export function casesWith(key: string): GoldenCase[] {
  return golden().cases.filter((candidate) => key in candidate.quantstats);
}

/**
 * One test per golden case that has `key`: `compute` on the case's input must agree with
 * QuantStats' value (or the corrected value, for a listed deliberate difference).
 */
export function itAgreesWithQuantStats(
  key: string,
  compute: (goldenCase: GoldenCase) => number,
): void {
  const cases = casesWith(key).map((goldenCase) => [goldenCase.name, goldenCase] as const);
  it.each(cases)(`${key} agrees with quantstats 0.0.86 on %s`, (_name, goldenCase) => {
    expectAgreement(compute(goldenCase), expectedValue(goldenCase, key), goldenCase.name);
  });
}

/** A Float64Array of the given returns, for hand calculations. */
export function returnsOf(...values: number[]): Float64Array {
  return Float64Array.from(values);
}

/** Midnight UTC of an ISO date (YYYY-MM-DD), in ms. */
export function day(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/** Whether two numbers agree: both NaN, equal infinities, or within the tolerances above. */
export function agrees(actual: number, expected: number): boolean {
  if (Number.isNaN(expected) || Number.isNaN(actual)) {
    return Number.isNaN(expected) && Number.isNaN(actual);
  }
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return actual === expected;
  const error = Math.abs(actual - expected);
  return error <= RELATIVE_TOLERANCE * Math.abs(expected) || error <= ABSOLUTE_TOLERANCE;
}

/** Asserts agreement, naming the value and both numbers in full precision when it fails. */
export function expectAgreement(actual: number, expected: number, what: string): void {
  expect(
    agrees(actual, expected),
    `${what}: got ${actual}, QuantStats-based value ${expected}`,
  ).toBe(true);
}

/** Asserts agreement element by element (NaN where QuantStats has NaN). */
export function expectCurveAgreement(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  what: string,
): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (!agrees(actual[i]!, expected[i]!)) {
      expectAgreement(actual[i]!, expected[i]!, `${what}[${i}]`);
    }
  }
}

function decodeCase(raw: RawCase): GoldenCase {
  return {
    name: raw.name,
    source: raw.source,
    periodsPerYear: raw.periodsPerYear,
    riskFreeRate: raw.riskFreeRate,
    series: decodeSeries(raw.series),
    benchmark: raw.benchmark === null ? null : decodeSeries(raw.benchmark),
    quantstats: decodeRecord(raw.quantstats),
    corrected: decodeRecord(raw.corrected),
    curves: raw.curves === undefined ? null : decodeCurves(raw.curves),
  };
}

function decodeCurves(raw: NonNullable<RawCase["curves"]>): GoldenCurves {
  const curve = (name: string): Float64Array =>
    Float64Array.from((raw[name] as JsonNumber[]).map(decode));
  return {
    drawdown: curve("drawdown"),
    cumulativeReturns: curve("cumulative_returns"),
    rollingWindow: raw["rolling_window"] as number,
    rollingSharpe: curve("rolling_sharpe"),
    rollingSortino: curve("rolling_sortino"),
    rollingVolatility: curve("rolling_volatility"),
    monthlyReturns: curve("monthly_returns"),
    yearlyReturns: curve("yearly_returns"),
    episodes: raw["episodes"] as RawEpisode[],
  };
}

function decodeSeries(raw: RawSeries): ReturnSeries {
  return {
    timestamps: Float64Array.from(raw.timestamps),
    returns: Float64Array.from(raw.returns),
  };
}

function decodeRecord(raw: Record<string, JsonNumber>): Record<string, number> {
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, decode(value)]));
}

function decode(value: JsonNumber): number {
  if (value === "NaN") return NaN;
  if (value === "Infinity") return Infinity;
  if (value === "-Infinity") return -Infinity;
  return value;
}
