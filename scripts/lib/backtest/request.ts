import { readFileSync } from "node:fs";
import { z } from "zod";

import { parseChoice, parseFlags, parseNumberFlag } from "../cli/args.ts";
import { UsageError } from "../errors.ts";
import { numberLiterals, pythonStr } from "./python-str.ts";

export const OUTPUT_FORMATS = ["table", "json"] as const;
export const SERIES_KINDS = ["auto", "returns", "prices"] as const;
export const SCALES = ["auto", "fraction", "percent"] as const;

/** The longest experiment name MLflow accepts. */
export const MAX_EXPERIMENT_NAME = 500;

/** The experiment runs go to when --experiment is not given. */
export const DEFAULT_EXPERIMENT = "backtests";

export interface SeriesRequest {
  file: string;
  column: string | undefined;
  dateColumn: string | undefined;
  kind: (typeof SERIES_KINDS)[number];
  scale: (typeof SCALES)[number];
  dateFormat: string | undefined;
}

/** Everything log_backtest was asked to do, checked. */
export interface BacktestRequest {
  experiment: string;
  runName: string | undefined;
  returns: SeriesRequest;
  benchmark: SeriesRequest | undefined;
  periodsPerYear: number | "auto";
  riskFreeRate: number;
  params: Record<string, string>;
  tags: Record<string, string>;
  description: string | undefined;
  dryRun: boolean;
  /** Where to write the HTML tearsheet locally, besides logging it as an artifact. */
  tearsheet: string | undefined;
  format: (typeof OUTPUT_FORMATS)[number];
}

/** log_backtest --replay FILE: send a payload saved by an earlier run that failed. */
export interface ReplayRequest {
  replay: string;
  format: (typeof OUTPUT_FORMATS)[number];
}

export const BACKTEST_FLAGS = {
  experiment: { type: "string", short: "e" },
  "run-name": { type: "string", short: "r" },
  returns: { type: "string" },
  column: { type: "string" },
  "date-column": { type: "string" },
  "date-format": { type: "string" },
  kind: { type: "string" },
  scale: { type: "string" },
  benchmark: { type: "string" },
  "benchmark-column": { type: "string" },
  "benchmark-kind": { type: "string" },
  "benchmark-scale": { type: "string" },
  "benchmark-date-column": { type: "string" },
  "benchmark-date-format": { type: "string" },
  "periods-per-year": { type: "string" },
  "risk-free-rate": { type: "string" },
  params: { type: "string" },
  tags: { type: "string" },
  description: { type: "string" },
  "dry-run": { type: "boolean" },
  tearsheet: { type: "string" },
  replay: { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const SCRIPT = "log_backtest";

/** Turns command-line flags into a checked BacktestRequest, or throws a UsageError. */
export function parseBacktestRequest(argv: string[]): BacktestRequest | ReplayRequest {
  const { values: flags } = parseFlags(argv, BACKTEST_FLAGS, SCRIPT);
  const format = parseChoice("--format", flags.format, OUTPUT_FORMATS, "table");

  if (flags.replay !== undefined) {
    const others = Object.keys(flags).filter((flag) => !["replay", "format"].includes(flag));
    if (others.length > 0) {
      throw new UsageError(
        `--replay sends a saved run as it is, so --${others[0]} cannot go with it.`,
        "Run `log_backtest --replay FILE` alone (with --format if you like).",
      );
    }
    return { replay: flags.replay, format };
  }

  if (flags.returns === undefined || flags.returns.trim() === "") {
    throw new UsageError(
      "No returns file given.",
      "Pass --returns FILE (a CSV, TSV or JSON of returns or prices).",
    );
  }
  const dateFormat = flags["date-format"];
  const scale = parseChoice("--scale", flags.scale, SCALES, "auto");

  const experiment = nonEmpty("--experiment", flags.experiment) ?? DEFAULT_EXPERIMENT;
  if (experiment.length > MAX_EXPERIMENT_NAME) {
    throw new UsageError(
      `--experiment has ${experiment.length} characters; MLflow takes at most ${MAX_EXPERIMENT_NAME}.`,
      "Pass a shorter name.",
    );
  }

  return {
    experiment,
    runName: nonEmpty("--run-name", flags["run-name"]),
    returns: {
      file: flags.returns,
      column: flags.column,
      dateColumn: flags["date-column"],
      kind: parseChoice("--kind", flags.kind, SERIES_KINDS, "auto"),
      scale,
      dateFormat,
    },
    benchmark:
      flags.benchmark === undefined
        ? undefined
        : {
            file: flags.benchmark,
            column: flags["benchmark-column"],
            dateColumn: flags["benchmark-date-column"],
            kind: parseChoice("--benchmark-kind", flags["benchmark-kind"], SERIES_KINDS, "auto"),
            scale: parseChoice("--benchmark-scale", flags["benchmark-scale"], SCALES, "auto"),
            dateFormat: flags["benchmark-date-format"],
          },
    periodsPerYear: parsePeriods(flags["periods-per-year"]),
    riskFreeRate: parseRiskFreeRate(flags["risk-free-rate"]),
    params: parseJsonRecord("--params", flags.params),
    tags: refuseReservedTags(parseJsonRecord("--tags", flags.tags)),
    description: nonEmpty("--description", flags.description),
    dryRun: flags["dry-run"] ?? false,
    tearsheet: nonEmpty("--tearsheet", flags.tearsheet),
    format,
  };
}

/**
 * Tags the skill sets itself: a user value would make the output disagree with what is stored
 * (mlflow.runName), hide where a run came from, or break the replay's lookup (skill.payload_id).
 * Other tags, mlflow.* ones included (mlflow.parentRunId), are the user's to set.
 */
export const RESERVED_TAGS: Record<string, string> = {
  "mlflow.runName": "pass --run-name",
  "mlflow.note.content": "pass --description",
  "mlflow.user": "set by the skill from MLFLOW_TRACKING_USERNAME or the system user",
  "mlflow.source.name": "set by the skill",
  "mlflow.source.type": "set by the skill",
  "mlflow.source.git.commit": "set by the skill from the current folder's git repository",
  "skill.payload_id": "set by the skill to find a run again after a lost reply",
};

function refuseReservedTags(tags: Record<string, string>): Record<string, string> {
  const reserved = Object.keys(tags).filter((key) => key in RESERVED_TAGS);
  if (reserved.length > 0) {
    const how = reserved.map((key) => `${key} (${RESERVED_TAGS[key]})`).join("; ");
    throw new UsageError(
      `--tags sets tags the skill sets itself: ${how}.`,
      "Leave them out of --tags.",
    );
  }
  return tags;
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === "") {
    throw new UsageError(`${flag} is empty.`, `Give it a value, or leave ${flag} out.`);
  }
  return value;
}

function parsePeriods(value: string | undefined): number | "auto" {
  if (value === undefined || value === "auto") return "auto";
  return parseNumberFlag("--periods-per-year", value, { min: 1, max: 600_000, example: "252" })!;
}

/**
 * An annual rate as a fraction. A value of 1 or more is refused rather than guessed: 2 could
 * mean 2% or 200%, and a wrong guess moves every risk-adjusted ratio.
 */
function parseRiskFreeRate(value: string | undefined): number {
  if (value === undefined) return 0;
  const rate = parseNumberFlag("--risk-free-rate", value, { min: -1, max: 1, example: "0.02" })!;
  if (Math.abs(rate) >= 1) {
    throw new UsageError(
      `--risk-free-rate ${value} would be ${rate * 100}% a year.`,
      "Give the annual rate as a fraction: 0.02 for 2%.",
    );
  }
  return rate;
}

const jsonScalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const jsonRecord = z.record(
  z.string(),
  z.union([jsonScalar, z.array(z.unknown()), z.record(z.string(), z.unknown())]),
);

/**
 * Reads --params / --tags: a JSON object given inline or as @file. Values become the strings
 * MLflow stores, spelled as MLflow's Python client spells them (see python-str.ts), so runs
 * logged by the old Python skill compare equal: 20 stays "20", 1.0 stays "1.0", true becomes
 * "True". Lists and objects become JSON text. Values longer than MLflow keeps (6,000
 * characters for a param, 8,000 for a tag; the server would cut them silently) are refused.
 */
export function parseJsonRecord(
  flag: "--params" | "--tags",
  value: string | undefined,
): Record<string, string> {
  if (value === undefined) return {};
  const text = value.startsWith("@") ? readArgumentFile(flag, value.slice(1)) : value;

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${flag} is not valid JSON (${(error as Error).message}).`,
      `Pass a JSON object, for example ${flag} '{"lookback": 20, "universe": "SP500"}'.`,
    );
  }
  const checked = jsonRecord.safeParse(parsed);
  if (!checked.success) {
    throw new UsageError(
      `${flag} must be a JSON object of names to values.`,
      `Pass for example ${flag} '{"lookback": 20}'.`,
    );
  }

  const literals = topLevelNumberLiterals(text, checked.data);
  const record = Object.fromEntries(
    Object.entries(checked.data).map(([key, item]) => [key, pythonStr(item, literals.get(key))]),
  );
  const limit = flag === "--params" ? MAX_PARAM_VALUE : MAX_TAG_VALUE;
  const tooLong = Object.entries(record).find(([, item]) => item.length > limit);
  if (tooLong) {
    throw new UsageError(
      `${flag}: the value of "${tooLong[0]}" has ${tooLong[1].length} characters; MLflow keeps ` +
        `${limit} and would cut the rest without a word.`,
      "Shorten it, or keep long text in a file of your own and log its name or hash instead.",
    );
  }
  return record;
}

/** What MLflow keeps of a param value and of a run tag value (longer ones are truncated). */
export const MAX_PARAM_VALUE = 6000;
export const MAX_TAG_VALUE = 8000;

/**
 * The literal each top-level number was written with. Literals come in document order and
 * nested numbers are counted through, so each top-level number is matched to its own. A key
 * written twice keeps its last value in JSON.parse, and so its last literal here.
 */
function topLevelNumberLiterals(
  text: string,
  record: Record<string, unknown>,
): Map<string, string> {
  const literals = numberLiterals(text);
  const total = countNumbers(record);
  const byKey = new Map<string, string>();
  if (literals.length !== total) return byKey;
  let next = 0;
  for (const [key, item] of Object.entries(record)) {
    if (typeof item === "number") byKey.set(key, literals[next]!);
    next += countNumbers(item);
  }
  // Integer-like keys ("2") are listed first by JavaScript whatever their place in the text;
  // if that broke the pairing, fall back to the parsed numbers rather than mislabel one.
  const paired = [...byKey].every(([key, literal]) => Number(literal) === record[key]);
  return paired ? byKey : new Map();
}

function countNumbers(item: unknown): number {
  if (typeof item === "number") return 1;
  if (item === null || typeof item !== "object") return 0;
  return Object.values(item).reduce((sum: number, inner) => sum + countNumbers(inner), 0);
}

function readArgumentFile(flag: string, path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`${flag} @${path}: the file cannot be read.`, "Check the path.");
  }
}
