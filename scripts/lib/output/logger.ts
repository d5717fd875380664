/**
 * Progress, notices and debugging lines, all on stderr so stdout holds only the result.
 * The level comes from MLFLOW_SKILL_LOG_LEVEL (error, warn, info, debug; default info).
 * Every line passes through the registered secrets filter first, so a password or token that
 * reached a message by accident is still masked.
 */
const LEVELS = ["error", "warn", "info", "debug"] as const;
export type LogLevel = (typeof LEVELS)[number];

const secrets = new Set<string>();
let threshold: LogLevel = readLevel(process.env.MLFLOW_SKILL_LOG_LEVEL);
let sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`);

function readLevel(value: string | undefined): LogLevel {
  const wanted = value?.trim().toLowerCase();
  const level = LEVELS.find((known) => known === wanted);
  if (level) return level;
  if (wanted) {
    process.stderr.write(
      `warn: MLFLOW_SKILL_LOG_LEVEL=${JSON.stringify(value)} is not one of ${LEVELS.join(", ")}; ` +
        "using info.\n",
    );
  }
  return "info";
}

/** Registers a value that must never be printed (passwords, tokens, encoded credentials). */
export function registerSecret(value: string | undefined): void {
  if (value !== undefined && value.length >= 3) secrets.add(value);
}

/** Replaces every registered secret in `text` by `***`. */
export function maskSecrets(text: string): string {
  let masked = text;
  for (const secret of secrets) masked = masked.split(secret).join("***");
  return masked;
}

export function setLogLevel(level: LogLevel): void {
  threshold = level;
}

/** Sends log lines somewhere else; tests use it to capture them. Returns the previous sink. */
export function setLogSink(next: (line: string) => void): (line: string) => void {
  const previous = sink;
  sink = next;
  return previous;
}

function emit(level: LogLevel, message: string): void {
  if (LEVELS.indexOf(level) > LEVELS.indexOf(threshold)) return;
  const prefix = level === "info" ? "" : `${level}: `;
  sink(maskSecrets(`${prefix}${message}`));
}

export const log = {
  error: (message: string) => emit("error", message),
  warn: (message: string) => emit("warn", message),
  info: (message: string) => emit("info", message),
  debug: (message: string) => emit("debug", message),
};
