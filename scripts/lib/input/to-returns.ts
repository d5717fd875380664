import { InputError } from "../errors.ts";
import { decideKind } from "./kind.ts";
import { describe, type ReadOptions, type Source } from "./options.ts";
import type { PresentValues } from "./present.ts";
import { returnsFromPrices, returnsFromValues } from "./returns.ts";
import { decideScale } from "./scale.ts";
import type { LoadedSeries } from "./types.ts";

/** What the values turned out to be, and the returns made from them. */
export type Converted = Pick<
  LoadedSeries,
  "kind" | "kindReason" | "scale" | "prices" | "returns" | "timestamps"
> & { warning: string | undefined };

/**
 * Decides prices or returns (and, for returns, fractions or percent), then makes the simple
 * returns: price changes, or the values scaled to fractions. `where(i)` names value i's row.
 */
export function toReturns(
  present: PresentValues,
  percentSigns: number,
  where: (i: number) => string,
  options: ReadOptions,
  source: Source,
): Converted {
  const { values, timestamps } = present;
  const kind = decideKind(values, where, options, source);

  if (kind.kind === "prices") {
    refuseScaleOnPrices(options, source);
    return {
      kind: "prices",
      kindReason: kind.reason,
      scale: 1,
      prices: values,
      returns: returnsFromPrices(values, where, source),
      timestamps: timestamps ? timestamps.slice(1) : null,
      warning: undefined,
    };
  }

  if (options.scale !== "percent" && percentSigns === 0) refuseGrossAsReturns(values, source);
  const decided = decideScale(values, timestamps, percentSigns, options, source);
  const guessedPercent = decided.scale === 0.01 && options.scale !== "percent";
  return {
    kind: "returns",
    kindReason: `${kind.reason}; ${decided.reason}`,
    scale: decided.scale,
    prices: null,
    returns: returnsFromValues(values, decided.scale, where, source),
    timestamps,
    warning: guessedPercent
      ? `${describe(source)}: the returns were read as ${decided.reason}.`
      : decided.doubt,
  };
}

function refuseScaleOnPrices(options: ReadOptions, source: Source): void {
  if (options.scale !== "percent") return;
  throw new InputError(
    `${describe(source)} holds prices, and ${source.flags.scale} percent applies to returns only.`,
    `Drop ${source.flags.scale}, or pass ${source.flags.kind} returns if the values are returns in percent.`,
  );
}

/**
 * Gross returns (1.01, 0.99, ...) passed with --kind returns would read as percentages, a gain
 * of about 1% every bar. Returns that are all positive and all within 50% of 1 are no series of
 * net returns in either scale, so they are refused with the way to fix them.
 */
function refuseGrossAsReturns(values: Float64Array, source: Source): void {
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
