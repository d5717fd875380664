import { InputError } from "../errors.ts";
import { MS_PER_DAY } from "./calendar.ts";
import { describe, type ReadOptions, type Source } from "./options.ts";
import { median, percentText } from "./stats.ts";

export interface ScaleDecision {
  /** What the values are multiplied by: 1 for fractions, 0.01 for percentages. */
  scale: 1 | 0.01;
  reason: string;
  /** Set when the guess could be wrong enough to matter: said to the user as a warning. */
  doubt?: string;
}

/** A typical move of 50% per bar, even as a percentage, is no series of returns (prices?). */
const MAX_PERCENT = 50;
/** Bars longer than this (monthly, yearly) move more, so the thresholds below are wider. */
const LONG_BAR_MS = 20 * MS_PER_DAY;

/**
 * Thresholds on the median |value| of the nonzero returns. From `doubtFrom` on, fractions are a
 * volatile asset's (2% a day is crypto's; single stocks move about 1.2%) or a quiet one's in
 * percent (0.02% a day is a money market fund's): still read as fractions, with a warning that
 * says how to read them otherwise. A fraction series moves by a typical
 * 0.5% a day, 4% a month, 15% a year; the same series in percent reads 0.5, 4, 15. Between
 * the two bounds the values could be either and are refused, so 1.5 is never read as 150%.
 */
const BOUNDS = {
  short: { fractionBelow: 0.05, percentFrom: 0.2, doubtFrom: 0.02 },
  long: { fractionBelow: 0.5, percentFrom: 1.5, doubtFrom: 0.1 },
  undated: { fractionBelow: 0.05, percentFrom: 1.5, doubtFrom: 0.02 },
} as const;

/**
 * Fractions or percentages, for returns: from `--scale`, from "%" signs in the cells, or from
 * the size of the values against the bar length (median spacing of `timestamps`). A value at
 * or below -1 cannot be a fraction (a loss of 100% or more), which settles the middle ground.
 */
export function decideScale(
  returns: Float64Array,
  timestamps: Float64Array | null,
  percentSigns: number,
  options: ReadOptions,
  source: Source,
): ScaleDecision {
  if (percentSigns > 0) {
    if (options.scale === "fraction") {
      throw new InputError(
        `${describe(source)}: the values carry "%" signs, but ${source.flags.scale} fraction was given.`,
        `Drop ${source.flags.scale} fraction (values with % are read as percentages), or remove the signs.`,
      );
    }
    return { scale: 0.01, reason: 'percentages: the values carry "%" signs' };
  }
  if (options.scale === "fraction")
    return { scale: 1, reason: `fractions (${source.flags.scale} fraction)` };
  if (options.scale === "percent")
    return { scale: 0.01, reason: `percentages (${source.flags.scale} percent)` };

  const sizes: number[] = [];
  for (const value of returns) if (value !== 0) sizes.push(Math.abs(value));
  if (sizes.length === 0) return { scale: 1, reason: "fractions: every return is 0" };

  const typical = Number(median(sizes).toPrecision(3));
  const bounds = BOUNDS[barLength(timestamps)];
  if (typical < bounds.fractionBelow) {
    const reason = `fractions (auto: the median size of a return is ${typical})`;
    if (typical < bounds.doubtFrom) return { scale: 1, reason };
    const doubt =
      `${describe(source)}: the returns were read as fractions, a typical move of ` +
      `${percentText(typical)} per bar. If they are percentages (${typical}% per bar), pass ` +
      `${source.flags.scale} percent; ${source.flags.scale} fraction confirms the reading.`;
    return { scale: 1, reason, doubt };
  }
  if (typical >= MAX_PERCENT) {
    throw new InputError(
      `${describe(source)}: returns of typical size ${typical} are too large even as ` +
        `percentages (${typical}% per bar).`,
      `If the values are prices, pass ${source.flags.kind} prices; otherwise check ${source.flags.column}.`,
    );
  }
  if (typical >= bounds.percentFrom) {
    return {
      scale: 0.01,
      reason:
        `percentages (auto: the median size of a return is ${typical}, which as a fraction ` +
        `would be a ${Math.round(typical * 100)}% move per bar)`,
    };
  }
  const totalLoss = returns.find((value) => value <= -1);
  if (totalLoss !== undefined) {
    return {
      scale: 0.01,
      reason: `percentages (auto: ${totalLoss} as a fraction would lose more than everything)`,
    };
  }

  throw new InputError(
    `${describe(source)}: returns of typical size ${typical} could be fractions ` +
      `(${Math.round(typical * 100)}% per bar) or percentages (${typical}% per bar).`,
    `Say which with ${source.flags.scale} fraction or ${source.flags.scale} percent.`,
  );
}

function barLength(timestamps: Float64Array | null): keyof typeof BOUNDS {
  if (timestamps === null || timestamps.length < 2) return "undated";
  const gaps = new Float64Array(timestamps.length - 1);
  for (let i = 1; i < timestamps.length; i += 1) {
    gaps[i - 1] = (timestamps[i] as number) - (timestamps[i - 1] as number);
  }
  return median(gaps) > LONG_BAR_MS ? "long" : "short";
}
