import type { MissingCount } from "./missing.ts";
import { describe, type Source } from "./options.ts";
import type { SeriesKind } from "./types.ts";

/** The warning that says how many rows had no value, where, and what was done with them. */
export function missingWarning(
  count: MissingCount,
  column: string,
  kind: SeriesKind,
  source: Source,
): string | undefined {
  const total = count.leading + count.inside + count.trailing;
  if (total === 0) return undefined;

  const where = [
    count.leading > 0 ? `${count.leading} before the series starts` : "",
    count.inside > 0 ? `${count.inside} in gaps inside it` : "",
    count.trailing > 0 ? `${count.trailing} after it ends` : "",
  ].filter((part) => part !== "");
  const done =
    kind === "prices"
      ? "skipped; the return after a gap spans it, from the last price before"
      : "dropped";
  return (
    `${describe(source)}: ${total} row(s) had no value in ${column} ` +
    `(${where.join(", ")}): ${done}.`
  );
}
