import { InputError } from "../errors.ts";
import { decideKind, refuseGrossAsReturns } from "./kind.ts";
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
