/**
 * When a request to MLflow is tried again, as rules:
 * - Statuses that may pass are retried: 408, 429, 500, 502, 503 and 504. Any other 4xx is final.
 * - A 500 that MLflow marks as a permanent refusal (a changed param on the file store, a
 *   deleted object) is final: retrying it only makes the user wait.
 * - A connection refused is retried at most CONNECTION_REFUSED_MAX_RETRIES times: a restarting
 *   server is back within seconds, an absent one never is.
 * - Other connection errors and timeouts are retried like the statuses above.
 * - The delay before retry n is backoffFactor × 2^(n−1) seconds, at most MAX_DELAY_MS, scaled
 *   by a random factor in [0.5, 1] so that parallel clients do not retry in step.
 * - A Retry-After header (seconds or a date) replaces that delay, up to MAX_DELAY_MS.
 * - No retry starts once TOTAL_BUDGET_MS have passed since the first attempt.
 */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
export const CONNECTION_REFUSED_MAX_RETRIES = 2;
export const MAX_DELAY_MS = 60_000;
export const TOTAL_BUDGET_MS = 180_000;

const PERMANENT_500_CODES: ReadonlySet<string> = new Set(["INVALID_STATE"]);
const PERMANENT_500_MESSAGES = [/Changing param values is not allowed/i, /already logged/i];

export function isRetryableStatus(
  status: number,
  errorCode: string | undefined,
  message: string,
): boolean {
  if (!RETRYABLE_STATUSES.has(status)) return false;
  if (status !== 500) return true;
  if (errorCode !== undefined && PERMANENT_500_CODES.has(errorCode)) return false;
  return !PERMANENT_500_MESSAGES.some((pattern) => pattern.test(message));
}

/** Milliseconds to wait before retry number `retry` (1 for the first retry). */
export function backoffDelayMs(
  retry: number,
  backoffFactorSeconds: number,
  random: () => number = Math.random,
): number {
  const base = backoffFactorSeconds * 1000 * 2 ** (retry - 1);
  const jittered = base * (0.5 + random() / 2);
  return Math.min(MAX_DELAY_MS, jittered);
}

/** The wait a Retry-After header asks for, in milliseconds, or undefined when absent or bad. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | undefined {
  if (header === undefined || header.trim() === "") return undefined;
  const seconds = Number(header);
  const wait = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  if (!Number.isFinite(wait)) return undefined;
  return Math.min(MAX_DELAY_MS, Math.max(0, wait));
}
