import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** What MLflow's credentials file holds for the tracking server: either may be missing. */
export interface FileCredentials {
  path: string;
  username: string | undefined;
  password: string | undefined;
}

/** The file MLflow's Python client reads, always under the home folder. */
export function credentialsFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.HOME || homedir(), ".mlflow", "credentials");
}

/**
 * `~/.mlflow/credentials`, as MLflow's Python client reads it with configparser: the
 * `mlflow_tracking_username` and `mlflow_tracking_password` keys of the `[mlflow]` section.
 * Undefined when the file or the section is missing.
 */
export function readCredentialsFile(
  env: NodeJS.ProcessEnv = process.env,
): FileCredentials | undefined {
  const path = credentialsFilePath(env);
  if (!existsSync(path)) return undefined;
  const section = parseSections(readFileSync(path, "utf8")).get("mlflow");
  if (section === undefined) return undefined;
  return {
    path,
    username: section.get("mlflow_tracking_username") || undefined,
    password: section.get("mlflow_tracking_password") || undefined,
  };
}

/**
 * The subset of configparser's default dialect such a file uses: `[section]` headers, `key =
 * value` or `key: value` (keys lower-cased, both sides trimmed), whole-line comments starting
 * with # or ;, indented continuation lines, and `%%` for a literal percent sign. A general INI
 * library will not do: the common ones cut a value at ; or #, which configparser keeps and
 * passwords contain.
 */
function parseSections(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  let lastKey: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";")) continue;

    const header = /^\[(.+)\]$/.exec(trimmed);
    if (header) {
      current = sections.get(header[1]!) ?? new Map();
      sections.set(header[1]!, current);
      lastKey = undefined;
      continue;
    }
    if (/^\s/.test(line) && current && lastKey !== undefined) {
      current.set(lastKey, `${current.get(lastKey)}\n${unescape(trimmed)}`);
      continue;
    }
    const pair = /^([^=:]+)[=:](.*)$/.exec(trimmed);
    if (!pair || !current) continue;
    lastKey = pair[1]!.trim().toLowerCase();
    current.set(lastKey, unescape(pair[2]!.trim()));
  }
  return sections;
}

function unescape(value: string): string {
  return value.replaceAll("%%", "%");
}
