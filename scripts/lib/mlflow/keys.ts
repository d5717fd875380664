import { InvalidKeyError } from "./errors.ts";

/** The longest metric, param or tag key the server accepts. */
export const MAX_KEY_LENGTH = 250;

/**
 * The characters MLflow's server allows in metric, param and tag keys: letters and digits of
 * any script, `_`, `-`, `.`, space, `:` and `/` (its regex is `^[/\w.\- :]*$` with Unicode \w).
 */
const ALLOWED_KEY = /^[\p{L}\p{N}\p{M}\p{Pc}/.\- :]*$/u;

/**
 * Why MLflow would refuse `key`, or undefined if it would take it. Besides the characters, the
 * server treats keys as file paths: it refuses an empty key and any key that path normalisation
 * would change (`a//b`, `./a`, `a/`, `a/../b`) or that starts with `/` or `..`.
 */
export function keyProblem(key: string): string | undefined {
  if (key.length === 0) return "is empty";
  if (key.length > MAX_KEY_LENGTH) return `is longer than ${MAX_KEY_LENGTH} characters`;
  if (!ALLOWED_KEY.test(key)) return "has a character other than letters, digits, _ - . / : space";
  if (key.startsWith("/")) return "starts with /";
  const parts = key.split("/");
  if (parts.some((part) => part === "" || part === "." || part === "..")) {
    return "is not a clean path (empty, . or .. parts)";
  }
  return undefined;
}

/** Throws one InvalidKeyError listing every key of `kind` that MLflow would refuse. */
export function assertValidKeys(kind: "metric" | "param" | "tag", keys: Iterable<string>): void {
  const bad = [...keys].filter((key) => keyProblem(key) !== undefined);
  if (bad.length > 0) throw new InvalidKeyError(kind, bad);
}
