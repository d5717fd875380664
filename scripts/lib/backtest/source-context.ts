import { spawnSync } from "node:child_process";
import { userInfo } from "node:os";

import { readCredentialsFile } from "../config/credentials-file.ts";

/**
 * Who logged the run: MLFLOW_TRACKING_USERNAME when set (as MLflow's Python client does),
 * else the operating-system user.
 */
export function currentUser(env: NodeJS.ProcessEnv = process.env): string {
  // MLflow's order: the tracking username (environment, then ~/.mlflow/credentials), then the
  // system's user.
  const tracked = env.MLFLOW_TRACKING_USERNAME?.trim() || readCredentialsFile(env)?.username;
  if (tracked) return tracked;
  try {
    return userInfo().username;
  } catch {
    return env.USER ?? env.USERNAME ?? "unknown";
  }
}

/**
 * The commit checked out in the current folder's git repository, or undefined outside one.
 * MLflow's Python client takes the commit of the script that ran; here the script is the
 * skill, and the commit that matters is the researcher's, where the backtest came from.
 */
export function gitCommit(cwd = process.cwd()): string | undefined {
  const result = spawnSync("git", ["rev-parse", "HEAD"], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    timeout: 5000,
  });
  const commit = result.status === 0 ? result.stdout.trim() : "";
  return /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined;
}
