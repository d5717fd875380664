import { InputError } from "../errors.ts";
import { lagOneCorrelation } from "../metrics/helpers/lag-one-correlation.ts";
import { describe, type ReadOptions, type Source } from "./options.ts";
import { median, percentText } from "./stats.ts";
import type { SeriesKind } from "./types.ts";

export interface KindDecision {
  kind: SeriesKind;
  reason: string;
}

/** Prices move by less than this from one row to the next (median); returns jump about more. */
const PRICE_STEP = 0.2;
/** Prices are all positive; a file where this share is positive may be prices with bad rows. */
const MOSTLY_POSITIVE = 0.75;
/** Below this median, small positive values that hardly move could be prices or returns. */
const MIN_PRICE = 0.5;
/**
 * Gross returns: a median within 10% of 1 and a lag-one correlation of the levels under 0.5.
 * Prices, a running sum of moves, correlate with their neighbours far above that once a series
 * has a few weeks of rows. Below GROSS_MIN_ROWS the correlation says too little, so values near
 * 1 are refused as unclear, as other undecidable series are.
 */
const GROSS_CENTRE_BAND = 0.1;
const GROSS_MAX_CORRELATION = 0.5;
const GROSS_MIN_ROWS = 20;
const GROSS_RETURNS_HINT = "prices or gross returns (1 + r)";

/**
 * Prices or returns, from `--kind` or from the values (present ones, in time order):
 * - mostly positive values whose median step |v[i] / v[i-1] - 1| (between positive
 *   neighbours) is under 20% move like prices; they must then be all positive, and not all
 *   tiny (cash returns barely move either);
 * - otherwise negative or zero values mark returns;
 * - positive values that jump about could be either, and are refused.
 * `where(i)` names the row of value i in messages.
 */
export function decideKind(
  values: Float64Array,
  where: (i: number) => string,
  options: ReadOptions,
  source: Source,
): KindDecision {
  if (options.kind === "returns" || options.kind === "prices") {
    return { kind: options.kind, reason: `given (${source.flags.kind} ${options.kind})` };
  }

  const step = medianPositiveStep(values);
  const nonPositive = values.reduce((count, value) => count + (value <= 0 ? 1 : 0), 0);
  const movesLikePrices = step < PRICE_STEP && nonPositive <= (1 - MOSTLY_POSITIVE) * values.length;
  if (movesLikePrices) {
    const firstNonPositive = values.findIndex((value) => value <= 0);
    if (firstNonPositive >= 0) {
      throw new InputError(
        `${describe(source)} looks like prices (they move by a median ${percentText(step)} ` +
          `per row), but ${where(firstNonPositive)} holds ${values[firstNonPositive]}, and a ` +
          "price must be above 0.",
        `Fix that row, or pass ${source.flags.kind} returns if the values are returns.`,
      );
    }
    if (median(values) < MIN_PRICE) refuseUnclear(source, "small, positive and nearly constant");
    refuseGrossReturns(values, source);
    return {
      kind: "prices",
      reason:
        "auto: every value is positive and the median change from one row to the next is " +
        `${percentText(step)}, as prices move`,
    };
  }

  if (nonPositive === 0) refuseUnclear(source, "all positive but jump about from row to row");
  return {
    kind: "returns",
    reason:
      `auto: ${nonPositive} of ${values.length} values are negative or zero, which prices ` +
      "cannot be",
  };
}

/**
 * Gross returns (1 + r: 1.012, 0.994, ...) move like prices by the step test, and read as prices
 * they would give nonsense. They differ in memory: a price is the last price plus a move, so
 * neighbouring levels are strongly correlated, while gross returns scatter around 1 afresh each
 * row. Values centred on 1 whose levels are nearly uncorrelated are refused, not guessed.
 */
function refuseGrossReturns(values: Float64Array, source: Source): void {
  const centre = median(values);
  if (Math.abs(centre - 1) > GROSS_CENTRE_BAND) return;
  if (values.length < GROSS_MIN_ROWS) {
    refuseUnclear(source, `few (${values.length}) and all near 1`, GROSS_RETURNS_HINT);
  }
  const memory = lagOneCorrelation(values);
  if (!(memory < GROSS_MAX_CORRELATION)) return;
  throw new InputError(
    `${describe(source)} looks like gross returns (1 + r), not prices: the values stay around ` +
      `${centre.toPrecision(4)} and each row hardly depends on the one before (correlation ` +
      `${memory.toFixed(2)}; neighbouring prices correlate near 1).`,
    `Subtract 1 from each value and pass ${source.flags.kind} returns, or pass ` +
      `${source.flags.kind} prices if they really are prices.`,
  );
}

/**
 * Gross returns (1.01, 0.99, ...) passed with --kind returns would read as percentages, a gain
 * of about 1% every bar. Returns that are all positive and all within 50% of 1 are no series of
 * net returns in either scale, so they are refused with the way to fix them.
 */
export function refuseGrossAsReturns(values: Float64Array, source: Source): void {
  if (values.length < 2) return;
  for (const value of values) if (!(value > 0.5 && value < 1.5)) return;
  throw new InputError(
    `${describe(source)}: every value lies between 0.5 and 1.5 (the first is ${values[0]}), ` +
      "which reads as gross returns (1 + r), not returns: as percentages each bar would gain " +
      "about 1%.",
    `Subtract 1 from each value and run again; if they really are percentage returns with no ` +
      `losing bar, pass ${source.flags.scale} percent.`,
  );
}

/** The median of |v[i] / v[i-1] - 1| over neighbours that are both positive; NaN if none. */
function medianPositiveStep(values: Float64Array): number {
  const steps: number[] = [];
  for (let i = 1; i < values.length; i += 1) {
    const previous = values[i - 1] as number;
    const current = values[i] as number;
    if (previous > 0 && current > 0) steps.push(Math.abs(current / previous - 1));
  }
  return median(steps);
}

function refuseUnclear(source: Source, how: string, what = "prices or returns"): never {
  const gross = what === GROSS_RETURNS_HINT ? " (subtract 1 from gross returns first)" : "";
  throw new InputError(
    `${describe(source)}: the values are ${how}, so they could be ${what}.`,
    `Say which with ${source.flags.kind} prices or ${source.flags.kind} returns${gross}.`,
  );
}
