import { z } from "zod";

import { ConfigError } from "../errors.ts";
import { type FileCredentials, readCredentialsFile } from "./credentials-file.ts";
import { translateLegacyEnv } from "./legacy-env.ts";
import { type TlsSettings, readTlsSettings } from "./tls.ts";
import { splitCredentials } from "./tracking-uri.ts";

/** Where the scripts look for MLflow when `MLFLOW_TRACKING_URI` is not set: the local server. */
export const DEFAULT_TRACKING_URI = "http://127.0.0.1:5000";

export type Auth =
  | { kind: "none" }
  | { kind: "basic"; username: string; password: string; source: "uri" | "env" | "file" }
  | { kind: "bearer"; token: string };

export interface RetrySettings {
  /** Retries after the first attempt (MLFLOW_HTTP_REQUEST_MAX_RETRIES). */
  maxRetries: number;
  /** Seconds; the delay before retry n is about factor × 2^(n−1) (..._BACKOFF_FACTOR). */
  backoffFactor: number;
  /** Seconds one request may take, connecting and reading (MLFLOW_HTTP_REQUEST_TIMEOUT). */
  timeoutSeconds: number;
}

export interface TrackingSettings {
  /** The tracking URI with any credentials removed: safe to print. */
  trackingUri: string;
  /** True when the URI came from the default rather than the environment. */
  usingDefaultUri: boolean;
  auth: Auth;
  retry: RetrySettings;
  tls: TlsSettings;
  /** Notices for the user (a deprecated variable name, say), printed once on stderr. */
  notices: string[];
}

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value));

const integerInRange = (name: string, min: number, max: number, fallback: number) =>
  optionalText.transform((value, ctx) => {
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      ctx.addIssue({
        code: "custom",
        message: `${name}=${JSON.stringify(value)} must be a whole number from ${min} to ${max}.`,
      });
      return z.NEVER;
    }
    return parsed;
  });

/** A day: longer than any request should take, and within what Node's timers accept. */
const MAX_TIMEOUT_SECONDS = 86_400;

const positiveNumber = (name: string, fallback: number) =>
  optionalText.transform((value, ctx) => {
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0 || parsed > MAX_TIMEOUT_SECONDS) {
      ctx.addIssue({
        code: "custom",
        message:
          `${name}=${JSON.stringify(value)} must be a number of seconds above 0 and at most ` +
          `${MAX_TIMEOUT_SECONDS}.`,
      });
      return z.NEVER;
    }
    return parsed;
  });

/**
 * The variables read, with the defaults the scripts use. The limits on retries (0..9) and on the
 * backoff factor (0..119) are those the Python client enforces, so a value that works there
 * works here. The defaults are shorter than Python's (7 retries, factor 2, about four minutes
 * of waiting), because an agent waiting on a dead server should hear about it within a minute.
 */
const environmentSchema = z.object({
  MLFLOW_TRACKING_URI: optionalText,
  MLFLOW_TRACKING_USERNAME: optionalText,
  MLFLOW_TRACKING_PASSWORD: optionalText,
  MLFLOW_TRACKING_TOKEN: optionalText,
  MLFLOW_HTTP_REQUEST_MAX_RETRIES: integerInRange("MLFLOW_HTTP_REQUEST_MAX_RETRIES", 0, 9, 5),
  MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR: integerInRange(
    "MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR",
    0,
    119,
    1,
  ),
  MLFLOW_HTTP_REQUEST_TIMEOUT: positiveNumber("MLFLOW_HTTP_REQUEST_TIMEOUT", 120),
});

/**
 * Reads and checks the tracking settings from `env`. Throws a ConfigError naming each mistake
 * (at most three) and how to fix it; never echoes a password or token.
 */
export function readTrackingSettings(env: NodeJS.ProcessEnv = process.env): TrackingSettings {
  const legacy = translateLegacyEnv(env);
  const parsed = environmentSchema.safeParse(legacy.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 3).map((issue) => issue.message);
    throw new ConfigError(
      `The MLflow settings are not valid: ${problems.join(" ")}`,
      "Fix the variable in your environment or in .env.local (see .env.example).",
    );
  }
  const vars = parsed.data;

  const rawUri = vars.MLFLOW_TRACKING_URI ?? DEFAULT_TRACKING_URI;
  const { uri, credentials } = splitCredentials(rawUri);

  return {
    trackingUri: uri,
    usingDefaultUri: vars.MLFLOW_TRACKING_URI === undefined,
    auth: chooseAuth(credentials, vars, readCredentialsFile(env)),
    retry: {
      maxRetries: vars.MLFLOW_HTTP_REQUEST_MAX_RETRIES,
      backoffFactor: vars.MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR,
      timeoutSeconds: vars.MLFLOW_HTTP_REQUEST_TIMEOUT,
    },
    tls: readTlsSettings(legacy.env),
    notices: legacy.notices,
  };
}

/**
 * MLflow's Python client decides in this order, and so do we:
 * 1. credentials written in the URI (requests takes them over any header MLflow builds);
 * 2. a username and a password, each from MLFLOW_TRACKING_USERNAME / _PASSWORD or else from
 *    ~/.mlflow/credentials, as Basic auth;
 * 3. MLFLOW_TRACKING_TOKEN, as a Bearer token, only when no Basic credentials are set.
 */
function chooseAuth(
  uriCredentials: { username: string; password: string } | undefined,
  vars: z.infer<typeof environmentSchema>,
  file: FileCredentials | undefined,
): Auth {
  if (uriCredentials) return { kind: "basic", ...uriCredentials, source: "uri" };

  const username = vars.MLFLOW_TRACKING_USERNAME ?? file?.username;
  const password = vars.MLFLOW_TRACKING_PASSWORD ?? file?.password;
  const where = (fromEnv: boolean) => (fromEnv ? "in the environment" : `in ${file?.path}`);
  if (username !== undefined && password === undefined) {
    throw new ConfigError(
      `A tracking username is set (${where(vars.MLFLOW_TRACKING_USERNAME !== undefined)}) ` +
        "but no password.",
      "Set MLFLOW_TRACKING_PASSWORD (or mlflow_tracking_password in ~/.mlflow/credentials) " +
        "for Basic auth, or remove the username.",
    );
  }
  if (password !== undefined && username === undefined) {
    throw new ConfigError(
      `A tracking password is set (${where(vars.MLFLOW_TRACKING_PASSWORD !== undefined)}) ` +
        "but no username.",
      "Set MLFLOW_TRACKING_USERNAME (or mlflow_tracking_username in ~/.mlflow/credentials) " +
        "for Basic auth, or remove the password.",
    );
  }
  if (username !== undefined && password !== undefined) {
    const fromFile =
      vars.MLFLOW_TRACKING_USERNAME === undefined || vars.MLFLOW_TRACKING_PASSWORD === undefined;
    return { kind: "basic", username, password, source: fromFile ? "file" : "env" };
  }
  if (vars.MLFLOW_TRACKING_TOKEN !== undefined) {
    return { kind: "bearer", token: vars.MLFLOW_TRACKING_TOKEN };
  }
  return { kind: "none" };
}
