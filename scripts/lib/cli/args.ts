import { type ParseArgsConfig, parseArgs } from "node:util";

import { UsageError } from "../errors.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses flags with Node's own parser (strict: an unknown flag is an error) and turns its
 * errors into a UsageError that points at --help.
 */
export function parseFlags<T extends Options>(
  argv: string[],
  options: T,
  script: string,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\.$/, "") : String(error);
    throw new UsageError(`${reason}.`, `Run \`${script} --help\` for the flags it takes.`);
  }
}

/** Reads a choice flag, refusing anything outside `choices`. */
export function parseChoice<C extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly C[],
  fallback: C,
): C {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as C;
  throw new UsageError(
    `${flag} ${JSON.stringify(value)} is not one of ${choices.join(", ")}.`,
    `Pass one of them, for example ${flag} ${fallback}.`,
  );
}

/** Reads a number flag, refusing text, infinities and values outside [min, max]. */
export function parseNumberFlag(
  flag: string,
  value: string | undefined,
  limits: { min?: number; max?: number; integer?: boolean; example: string },
): number | undefined {
  if (value === undefined) return undefined;
  // Decimal notation only: Number() would also take "0x10" as 16 and " 12 " as 12.
  const parsed = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value) ? Number(value) : Number.NaN;
  const { min = -Infinity, max = Infinity, integer = false } = limits;
  if (
    !Number.isFinite(parsed) ||
    parsed < min ||
    parsed > max ||
    (integer && !Number.isInteger(parsed))
  ) {
    const kind = integer ? "a whole number" : "a number";
    const range = Number.isFinite(min) || Number.isFinite(max) ? ` from ${min} to ${max}` : "";
    throw new UsageError(
      `${flag} ${JSON.stringify(value)} is not ${kind}${range}.`,
      `Pass for example ${flag} ${limits.example}.`,
    );
  }
  return parsed;
}
