import { homedir } from "node:os";
import { join, resolve } from "node:path";

/** MLflow version the local server runs; tests pin the same one. */
export const MLFLOW_VERSION = "3.17.2";

/** What the local server's Python environment holds: MLflow with its basic-auth app. */
export const SERVER_REQUIREMENTS = [`mlflow[auth]==${MLFLOW_VERSION}`];

/**
 * Where the skill keeps what outlives one command: Python environments and the local server's
 * data. Not the skill folder, which a marketplace install replaces on every update.
 * MLFLOW_SKILL_HOME overrides; else $XDG_DATA_HOME/mlflow-tracking or ~/.local/share/...
 */
export function skillHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MLFLOW_SKILL_HOME?.trim()) return resolve(env.MLFLOW_SKILL_HOME);
  const dataHome = env.XDG_DATA_HOME?.trim() || join(homedir(), ".local", "share");
  return join(dataHome, "mlflow-tracking");
}

export function venvsDir(env?: NodeJS.ProcessEnv): string {
  return join(skillHome(env), "venvs");
}

/** The default data folder of `npm run server`: database, artifacts, pid and log files. */
export function defaultServerDataDir(env?: NodeJS.ProcessEnv): string {
  return join(skillHome(env), "server");
}
