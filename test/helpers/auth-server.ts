import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import {
  type RunningServer,
  freePort,
  startMlflowServer,
} from "../../scripts/lib/server/mlflow-server.ts";

export interface AuthServer {
  server: RunningServer;
  url: string;
  admin: { username: string; password: string };
}

/**
 * A real MLflow server running its basic-auth app (`--app-name basic-auth`), with an admin
 * whose password is random, and READ as the default permission for other users.
 */
export async function startAuthServer(): Promise<AuthServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "mlflow-auth-"));
  const admin = { username: "admin", password: `adm-${randomBytes(12).toString("hex")}` };
  const configPath = join(dataDir, "basic_auth.ini");
  writeFileSync(
    configPath,
    [
      "[mlflow]",
      "default_permission = READ",
      `database_uri = sqlite:///${join(dataDir, "basic_auth.db")}`,
      `admin_username = ${admin.username}`,
      `admin_password = ${admin.password}`,
      "authorization_function = mlflow.server.auth:authenticate_request_basic_auth",
      "",
    ].join("\n"),
  );
  const server = await startMlflowServer({
    dataDir,
    port: await freePort(),
    detached: false,
    extraArgs: ["--app-name", "basic-auth"],
    env: {
      MLFLOW_AUTH_CONFIG_PATH: configPath,
      MLFLOW_FLASK_SERVER_SECRET_KEY: randomBytes(16).toString("hex"),
    },
  });
  return { server, url: server.url, admin };
}

/** Creates a user through the auth app's REST API, as the admin. */
export async function createUser(
  auth: AuthServer,
  username: string,
  password: string,
): Promise<void> {
  const basic = Buffer.from(`${auth.admin.username}:${auth.admin.password}`).toString("base64");
  const response = await fetch(`${auth.url}/api/2.0/mlflow/users/create`, {
    method: "POST",
    headers: { authorization: `Basic ${basic}`, "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok)
    throw new Error(`creating ${username}: ${response.status} ${await response.text()}`);
}
