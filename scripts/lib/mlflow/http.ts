import { setTimeout as sleep } from "node:timers/promises";
import type { Dispatcher } from "undici";

import type { Auth, TrackingSettings } from "../config/settings.ts";
import type { TlsSettings } from "../config/tls.ts";
import { log, registerSecret } from "../output/logger.ts";
import { MlflowApiError, MlflowConnectionError } from "./errors.ts";
import { encodeJson } from "./json-codec.ts";
import {
  CONNECTION_REFUSED_MAX_RETRIES,
  TOTAL_BUDGET_MS,
  backoffDelayMs,
  isRetryableStatus,
  retryAfterMs,
} from "./retry-policy.ts";

export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface HttpCall {
  method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
  /** Path below the tracking URI, starting with /api/. */
  path: string;
  query?: Record<string, QueryValue>;
  /** A JSON body; NaN and infinities are encoded the way MLflow reads them. */
  json?: unknown;
  /** A raw body (artifact upload), sent with `contentType`. */
  body?: Uint8Array | string;
  contentType?: string;
  /**
   * False for a request that must not be sent twice (creating a run): after a connection that
   * broke once the request was out, it is not retried here, since it may have landed; the
   * caller checks and decides. A refused connection, where nothing was sent, is still retried.
   */
  idempotent?: boolean;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * Sends requests to one MLflow server: adds auth, encodes JSON, retries by the rules in
 * retry-policy.ts, and turns failures into MlflowApiError or MlflowConnectionError.
 * One connection pool serves every request, so keep-alive connections are reused.
 */
export class HttpTransport {
  readonly trackingUri: string;
  private readonly settings: TrackingSettings;
  private readonly authHeader: string | undefined;
  /** The connection pool, made with the first request (see loadUndici). */
  private dispatcher: Promise<Dispatcher> | undefined;

  constructor(settings: TrackingSettings, dispatcher?: Dispatcher) {
    this.settings = settings;
    this.trackingUri = settings.trackingUri;
    this.authHeader = authorizationHeader(settings.auth);
    this.dispatcher = dispatcher && Promise.resolve(dispatcher);
    for (const notice of settings.notices) log.warn(notice);
    if (!settings.tls.rejectUnauthorized) {
      log.warn(
        "MLFLOW_TRACKING_INSECURE_TLS=true: the server's TLS certificate is NOT checked, so " +
          "anyone on the network path can read and change what is sent, credentials included. " +
          "Use MLFLOW_TRACKING_SERVER_CERT_PATH with your CA bundle instead.",
      );
    }
  }

  /** Calls an MLflow endpoint and returns its JSON answer (an empty body reads as {}). */
  async json<T>(call: HttpCall): Promise<T> {
    const response = await this.send(call);
    if (response.body.length === 0) return {} as T;
    const text = response.body.toString("utf8");
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new MlflowApiError({
        status: response.status,
        errorCode: undefined,
        serverMessage: `the answer is not JSON: ${text.slice(0, 200)}`,
        method: call.method,
        path: call.path,
        nextStep:
          "MLFLOW_TRACKING_URI may point at something other than an MLflow server (a login " +
          "page, a proxy): open it in a browser and check.",
      });
    }
  }

  /** Sends a request, retrying as the policy allows; throws unless the status is 2xx. */
  async send(call: HttpCall): Promise<RawResponse> {
    const startedAt = Date.now();
    for (let retry = 0; ; retry += 1) {
      const outcome = await this.attempt(call);
      const waitMs = this.retryWait(call, outcome, retry + 1, startedAt);
      if (waitMs === undefined) {
        if (outcome.kind === "response") return outcome.response;
        throw outcome.error;
      }
      log.debug(`${call.method} ${call.path}: retry ${retry + 1} in ${Math.round(waitMs)} ms`);
      await sleep(waitMs);
    }
  }

  async close(): Promise<void> {
    if (this.dispatcher) await (await this.dispatcher).close();
  }

  private async attempt(call: HttpCall): Promise<AttemptOutcome> {
    const url = this.urlFor(call);
    const headers: Record<string, string> = { "user-agent": "mlflow-tracking-skill" };
    if (this.authHeader) headers.authorization = this.authHeader;

    let body: string | Uint8Array | undefined;
    if (call.json !== undefined) {
      body = encodeJson(call.json);
      headers["content-type"] = "application/json";
    } else if (call.body !== undefined) {
      body = call.body;
      headers["content-type"] = call.contentType ?? "application/octet-stream";
    }

    const { request } = await loadUndici();
    this.dispatcher ??= loadUndici().then((undici) => createDispatcher(undici, this.settings.tls));
    const dispatcher = await this.dispatcher;
    const started = Date.now();
    try {
      const response = await request(url, {
        method: call.method,
        headers,
        body,
        dispatcher,
        signal: AbortSignal.timeout(this.settings.retry.timeoutSeconds * 1000),
      });
      const bytes = Buffer.from(await response.body.arrayBuffer());
      log.debug(
        `${call.method} ${call.path} -> ${response.statusCode} in ${Date.now() - started} ms`,
      );
      const raw = { status: response.statusCode, headers: response.headers, body: bytes };
      if (raw.status >= 200 && raw.status < 300) return { kind: "response", response: raw };
      return { kind: "failure", error: apiErrorFrom(call, raw), response: raw };
    } catch (error) {
      log.debug(
        `${call.method} ${call.path} failed after ${Date.now() - started} ms: ${describe(error)}`,
      );
      return { kind: "failure", error: this.connectionError(error, url) };
    }
  }

  /** The wait before the next try, or undefined when the outcome is final. */
  private retryWait(
    call: HttpCall,
    outcome: AttemptOutcome,
    retry: number,
    startedAt: number,
  ): number | undefined {
    if (outcome.kind === "response") return undefined;
    const { maxRetries, backoffFactor } = this.settings.retry;
    if (retry > maxRetries) return undefined;

    const error = outcome.error;
    if (error instanceof MlflowApiError) {
      if (!isRetryableStatus(error.status, error.errorCode, error.serverMessage)) return undefined;
    } else if (tlsProblem(error.cause) !== undefined) {
      return undefined;
    } else if (isConnectionRefused(error.cause)) {
      if (retry > CONNECTION_REFUSED_MAX_RETRIES) return undefined;
    } else if (call.idempotent === false) {
      return undefined;
    }

    const header = outcome.response?.headers["retry-after"];
    const asked = retryAfterMs(Array.isArray(header) ? header[0] : header);
    const waitMs = asked ?? backoffDelayMs(retry, backoffFactor);
    if (Date.now() - startedAt + waitMs > TOTAL_BUDGET_MS) return undefined;
    return waitMs;
  }

  private urlFor(call: HttpCall): string {
    const url = new URL(this.trackingUri + call.path);
    for (const [key, value] of Object.entries(call.query ?? {})) {
      if (value === undefined) continue;
      const values = Array.isArray(value) ? value : [String(value)];
      for (const item of values) url.searchParams.append(key, item);
    }
    return url.toString();
  }

  private connectionError(error: unknown, url: string): MlflowConnectionError {
    const where = this.trackingUri;
    if (isTimeout(error)) {
      return new MlflowConnectionError(
        `MLflow at ${where} did not answer within ${this.settings.retry.timeoutSeconds} s.`,
        "Check that the server is healthy, or raise MLFLOW_HTTP_REQUEST_TIMEOUT (seconds).",
        url,
        error,
      );
    }
    const tls = tlsProblem(error);
    if (tls !== undefined) {
      return new MlflowConnectionError(
        `The TLS connection to MLflow at ${where} failed: ${describe(error)}.`,
        tls,
        url,
        error,
      );
    }
    const nextStep = this.settings.usingDefaultUri
      ? "MLFLOW_TRACKING_URI is not set (or empty), so the local server was tried: start it with " +
        "`local_server start` (`npm run server` in a checkout), or set MLFLOW_TRACKING_URI to " +
        "your server."
      : "Check MLFLOW_TRACKING_URI and that the server is running and reachable from here.";
    return new MlflowConnectionError(
      `Cannot reach MLflow at ${where}: ${describe(error)}.`,
      nextStep,
      url,
      error,
    );
  }
}

type Undici = typeof import("undici");
let undici: Promise<Undici> | undefined;

/**
 * undici, loaded when the first request goes out instead of when a script starts: evaluating
 * it is about a third of a bundled script's start-up (80 of 230 ms, measured by bench/), and
 * --help, usage errors and --dry-run send nothing.
 */
function loadUndici(): Promise<Undici> {
  // Node gives a CommonJS package's exports as named exports; a bundle split into chunks may
  // hand them over as the default export instead. Either way the exports object is returned.
  undici ??= import("undici").then((module) =>
    "EnvHttpProxyAgent" in module ? module : (module as { default: Undici }).default,
  );
  return undici;
}

/**
 * One pool of keep-alive connections for every request. HTTPS_PROXY, HTTP_PROXY and NO_PROXY
 * (and their lower-case forms) are honoured; TLS settings apply to direct connections
 * (`connect`) and to the server behind a proxy (`requestTls`).
 */
function createDispatcher(undici: Undici, tls: TlsSettings): Dispatcher {
  return new undici.EnvHttpProxyAgent({
    connections: 16,
    connect: { ...tls },
    requestTls: { ...tls },
  });
}

type AttemptOutcome =
  | { kind: "response"; response: RawResponse }
  | { kind: "failure"; error: MlflowApiError | MlflowConnectionError; response?: RawResponse };

function authorizationHeader(auth: Auth): string | undefined {
  if (auth.kind === "basic") {
    const encoded = Buffer.from(`${auth.username}:${auth.password}`).toString("base64");
    registerSecret(auth.password);
    registerSecret(encoded);
    return `Basic ${encoded}`;
  }
  if (auth.kind === "bearer") {
    registerSecret(auth.token);
    return `Bearer ${auth.token}`;
  }
  return undefined;
}

/** MLflow errors are JSON `{error_code, message}`; auth apps and proxies answer in plain text. */
function apiErrorFrom(call: HttpCall, response: RawResponse): MlflowApiError {
  const text = response.body.toString("utf8");
  let errorCode: string | undefined;
  let serverMessage = text.trim() === "" ? "(empty answer)" : text;
  try {
    const parsed = JSON.parse(text) as { error_code?: unknown; message?: unknown };
    if (typeof parsed.error_code === "string") errorCode = parsed.error_code;
    if (typeof parsed.message === "string") serverMessage = parsed.message;
  } catch {
    // Plain text or HTML: keep it as the message.
  }
  if (/<html/i.test(serverMessage)) serverMessage = stripHtml(serverMessage);
  return new MlflowApiError({
    status: response.status,
    errorCode,
    serverMessage,
    method: call.method,
    path: call.path,
  });
}

function stripHtml(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const code = (cause as { code?: string } | undefined)?.code ?? (error as { code?: string }).code;
  return code ? `${error.message} (${code})` : error.message;
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

/**
 * The next step for a TLS failure, or undefined when `error` is not one. Certificate errors
 * never pass on retry, so they are reported at once.
 */
function tlsProblem(error: unknown): string | undefined {
  const code = errorCode(error) ?? "";
  const text = error instanceof Error ? error.message : "";
  if (/CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|DEPTH_ZERO/.test(code)) {
    return (
      "The server's certificate is not trusted here: set MLFLOW_TRACKING_SERVER_CERT_PATH to " +
      "the CA bundle (PEM) that signed it. MLFLOW_TRACKING_INSECURE_TLS=true skips the check, " +
      "for testing only."
    );
  }
  if (/ALERT_CERTIFICATE_REQUIRED|ALERT_BAD_CERTIFICATE|ALERT_UNKNOWN_CA/.test(code + text)) {
    return (
      "The server wants a client certificate it trusts: set MLFLOW_TRACKING_CLIENT_CERT_PATH " +
      "to a PEM file holding your certificate and its key."
    );
  }
  return undefined;
}

function errorCode(error: unknown): string | undefined {
  const own = (error as { code?: unknown } | undefined)?.code;
  if (typeof own === "string") return own;
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return typeof cause === "string" ? cause : undefined;
}

function isConnectionRefused(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } } | undefined)?.code;
  const causeCode = (error as { cause?: { code?: string } } | undefined)?.cause?.code;
  return code === "ECONNREFUSED" || causeCode === "ECONNREFUSED";
}
