import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { z } from "zod";

import { EXIT_CODES, InputError, SkillError } from "../errors.ts";
import { MlflowApiError } from "../mlflow/errors.ts";
import { encodeJson } from "../mlflow/json-codec.ts";
import { skillHome } from "../server/paths.ts";
import type { RunPayload } from "./payload.ts";

/**
 * Where payloads that could not reach MLflow are kept: outside the skill folder (a
 * marketplace update replaces it) and outside the researcher's project (it may be read-only).
 */
export function unsentDir(): string {
  return join(skillHome(), "unsent");
}

/** Writes the payload to `file`, or to a new file in the unsent folder, and returns its path. */
export function saveUnsentPayload(payload: RunPayload, file = newUnsentFile(payload)): string {
  writeFileSync(file, encodeJson(payload));
  return file;
}

function newUnsentFile(payload: RunPayload): string {
  mkdirSync(unsentDir(), { recursive: true });
  const stamp = new Date(payload.startTime).toISOString().replace(/[:.]/g, "-");
  const safeName = payload.runName.replace(/[^A-Za-z0-9_.-]+/g, "_").slice(0, 60);
  return join(unsentDir(), `${stamp}-${safeName}.json`);
}

/**
 * After a successful replay, moves a payload file that lives in the unsent folder to its
 * sent/ subfolder, so the unsent folder lists only what still waits. Returns the new path, or
 * undefined for a file kept elsewhere (it is left where the user put it).
 */
export function markPayloadSent(file: string): string | undefined {
  const target = sentPathOf(file);
  if (target === undefined) return undefined;
  mkdirSync(dirname(target), { recursive: true });
  renameSync(file, target);
  return target;
}

/** Where markPayloadSent puts `file`: undefined for a file outside the unsent folder. */
export function sentPathOf(file: string): string | undefined {
  if (resolve(dirname(file)) !== resolve(unsentDir())) return undefined;
  return join(unsentDir(), "sent", basename(file));
}

/**
 * The command that sends a saved payload, runnable from any folder: the bundled script with
 * plain node when this script runs from its sources and the bundle is there (`npx tsx` finds
 * tsx only inside the skill's folder), else the script as it was started.
 */
export function replayCommand(file: string): string {
  const script = process.argv[1] ?? "log_backtest";
  const bundle = join(dirname(script), "..", "dist", "log_backtest.mjs");
  const runnable = script.endsWith(".ts") && existsSync(bundle) ? resolve(bundle) : script;
  const runner = runnable.endsWith(".ts") ? "npx tsx" : "node";
  return `${runner} ${quote(runnable)} --replay ${quote(file)}`;
}

/** The run could not be delivered; everything is in `file`, and the message says how to resend. */
export class UnsentRunError extends SkillError {
  readonly file: string;
  readonly runId: string | undefined;

  constructor(cause: SkillError, file: string, runId: string | undefined) {
    const then = refusedForGood(cause)
      ? "The server refused something in the run itself, so sending it again as it is will " +
        "fail the same way; if the message names a value the skill made, please report it. " +
        `The command is: ${replayCommand(file)}`
      : `Then send it with: ${replayCommand(file)}`;
    super(
      `${sentence(cause.problem)} Nothing is lost: the whole run (params, tags, metrics, curves, ` +
        `datasets, artifacts) is saved in ${file}.`,
      `${cause.nextStep} ${then}`,
      EXIT_CODES.server,
      { cause },
    );
    this.file = file;
    this.runId = runId;
  }

  get details(): Record<string, unknown> {
    return {
      saved_payload: this.file,
      run_id: this.runId,
      replay_command: replayCommand(this.file),
    };
  }
}

/**
 * A refusal no retry cures: a 4xx other than those about access (401, 403) or load (408,
 * 429). These should not happen, since the skill checks its input first, but if one does the
 * message must not promise that a replay will work.
 */
function refusedForGood(error: SkillError): boolean {
  const cause = error instanceof MlflowApiError ? error : error.cause;
  if (!(cause instanceof MlflowApiError)) return false;
  return cause.status >= 400 && cause.status < 500 && ![401, 403, 408, 429].includes(cause.status);
}

const metricValue = z
  .union([z.number(), z.enum(["NaN", "Infinity", "-Infinity"])])
  .transform((v) => (typeof v === "number" ? v : Number(v)));

const payloadSchema = z.object({
  formatVersion: z.literal(1),
  payloadId: z.string().min(1),
  experimentName: z.string().min(1),
  runName: z.string(),
  startTime: z.number(),
  params: z.array(z.object({ key: z.string(), value: z.string() })),
  tags: z.array(z.object({ key: z.string(), value: z.string() })),
  metrics: z.array(
    z.object({ key: z.string(), value: metricValue, timestamp: z.number(), step: z.number() }),
  ),
  datasets: z.array(
    z.object({
      name: z.string(),
      digest: z.string(),
      sourceType: z.string(),
      source: z.string(),
      schema: z.string(),
      profile: z.string(),
      tags: z.record(z.string(), z.string()),
    }),
  ),
  artifacts: z.array(
    z.object({
      path: z.string(),
      contentType: z.string(),
      encoding: z.enum(["utf8", "base64"]),
      content: z.string(),
    }),
  ),
  runId: z.string().optional(),
  trackingUri: z.string().optional(),
});

/** Reads a saved payload back, refusing a file that is not one. */
export function readUnsentPayload(file: string): RunPayload {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new InputError(
      `--replay ${file}: the file cannot be read.`,
      "Check the path the error message gave.",
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(
      `--replay ${file} is not JSON.`,
      "Pass the file log_backtest saved, unchanged.",
    );
  }
  const checked = payloadSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new InputError(
      `--replay ${file} is not a saved run (${issue?.path.join(".")}: ${issue?.message}).`,
      "Pass the file log_backtest saved, unchanged.",
    );
  }
  return checked.data;
}

function quote(text: string): string {
  return /^[\w./:@-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

/** `text` ending with a full stop, for a server's message that has none. */
function sentence(text: string): string {
  return /[.!?)]$/.test(text.trimEnd()) ? text.trimEnd() : `${text.trimEnd()}.`;
}
