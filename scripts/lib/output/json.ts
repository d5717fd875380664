import { encodeJson } from "../mlflow/json-codec.ts";
import { maskSecrets } from "./logger.ts";

/**
 * Prints the one JSON result of a script on stdout. NaN and infinities are written as the
 * strings "NaN", "Infinity" and "-Infinity", as MLflow writes them, since JSON has no spelling
 * for them and null would read as "missing".
 */
export function printJson(value: unknown): void {
  process.stdout.write(`${maskSecrets(encodeJson(value))}\n`);
}

/** Prints text output on stdout. */
export function printText(text: string): void {
  process.stdout.write(`${maskSecrets(text.endsWith("\n") ? text : `${text}\n`)}`);
}
