import { parseChoice, parseNumberFlag } from "../../cli/args.ts";
import { UsageError } from "../../errors.ts";
import type { ViewType } from "../../mlflow/types.ts";
import { printJson, printText } from "../../output/json.ts";
import {
  type Bounds,
  type TableData,
  boundedTextTable,
  csvText,
  markdownText,
  wrapText,
} from "../../output/tables.ts";

/** What every query_runs subcommand shares: flags, the client's life, and the four formats. */

export const SCRIPT = "query_runs";
export const FORMATS = ["table", "json", "csv", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

/** Rows a table or Markdown shows unless --table-rows says otherwise. */
export const DEFAULT_TABLE_ROWS = 50;

export const COMMON_FLAGS = {
  format: { type: "string" },
  "table-rows": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const VIEWS: Record<string, ViewType> = {
  active: "ACTIVE_ONLY",
  deleted: "DELETED_ONLY",
  all: "ALL",
};

export function parseFormat(value: string | undefined, fallback: Format = "table"): Format {
  return parseChoice("--format", value, FORMATS, fallback);
}

/** --all returns every match and --max-results stops early: asked together, one would lose. */
export function refuseAllWithMaxResults(flags: { all?: boolean; "max-results"?: string }): void {
  if (!flags.all || flags["max-results"] === undefined) return;
  throw new UsageError(
    "--all and --max-results cannot go together: --all returns every match, --max-results N " +
      "the first N.",
    "Keep the one you mean.",
  );
}

export function parseView(value: string | undefined): ViewType {
  return VIEWS[parseChoice("--view", value, ["active", "deleted", "all"] as const, "active")]!;
}

/** --table-rows: the most rows a table or Markdown shows; 0 shows them all. */
export function parseTableRows(value: string | undefined, fallback = DEFAULT_TABLE_ROWS): number {
  return (
    parseNumberFlag("--table-rows", value, {
      min: 0,
      max: 1_000_000,
      integer: true,
      example: "200",
    }) ?? fallback
  );
}

/** Splits comma-separated lists (--metrics a,b), dropping blanks. */
export function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** The positional arguments a subcommand needs, or a UsageError saying what is missing. */
export function requirePositionals(
  positionals: readonly string[],
  count: { min: number; max?: number },
  usage: string,
): string[] {
  if (positionals.length < count.min || positionals.length > (count.max ?? Infinity)) {
    throw new UsageError(`Expected ${usage}.`, `Run \`${SCRIPT} --help\` for the usage.`);
  }
  return [...positionals];
}

export { withClient } from "../../mlflow/client.ts";

export interface Output {
  format: Format;
  /** The one JSON object for --format json; `status: "ok"` is added in front. */
  json: () => Record<string, unknown>;
  /** The rows for table, CSV and Markdown. */
  table: TableData;
  bounds: Bounds;
  /** Lines printed above a text table (a title, a count). */
  heading?: string[];
  /** Lines printed below a text table (what more matches, how to get it). */
  footer?: string[];
}

/** Prints a subcommand's result on stdout in the format asked for. */
export function emit(output: Output): void {
  switch (output.format) {
    case "json":
      printJson({ status: "ok", ...output.json() });
      return;
    case "csv":
      printText(csvText(output.table));
      return;
    case "markdown": {
      const notes = (output.footer ?? []).map((line) => `_${line}_`);
      printText([markdownText(output.table, output.bounds), ...notes].join("\n"));
      return;
    }
    case "table": {
      const heading = (output.heading ?? []).map((line) => wrapText(line));
      const parts = [...heading, boundedTextTable(output.table, output.bounds)];
      if (output.footer?.length) parts.push("", ...output.footer.map((line) => wrapText(line)));
      printText(parts.join("\n"));
      return;
    }
  }
}

/** The server's UI page of an experiment, or of one of its runs. */
export function uiUrl(trackingUri: string, experimentId: string, runId?: string): string {
  const base = `${trackingUri}/#/experiments/${experimentId}`;
  return runId ? `${base}/runs/${runId}` : base;
}
