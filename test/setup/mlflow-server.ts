import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import "vitest";
import type { TestProject } from "vitest/node";

import {
  type RunningServer,
  freePort,
  startMlflowServer,
} from "../../scripts/lib/server/mlflow-server.ts";
import { MLFLOW_VERSION } from "../../scripts/lib/server/paths.ts";

/** A tracking server the integration tests run against. */
export interface TestServer {
  label: string;
  url: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The pinned MLflow 3 server (the one `npm run server` runs). */
    mlflowUrl: string;
    /** Every server the compatibility-checked tests run against: MLflow 3 and MLflow 2. */
    mlflowServers: TestServer[];
  }
}

/**
 * Teams upgrade servers slowly, so the client is also checked against the last MLflow 2
 * release. MLflow 2.22 breaks on SQLAlchemy 2.1 (it imports a pool class 2.1 removed), hence
 * the pin on the last 2.0 release.
 */
export const MLFLOW2_VERSION = "2.22.5";
const MLFLOW2_ENV = {
  name: `mlflow-${MLFLOW2_VERSION}`,
  requirements: [`mlflow==${MLFLOW2_VERSION}`, "sqlalchemy==2.0.58"],
};

/**
 * Starts the real MLflow servers for the whole suite, through the same code as
 * `npm run server`, each on a free port in a temporary folder. Tests reach them with
 * `inject("mlflowUrl")` or `inject("mlflowServers")`, each test in an experiment of its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folders: string[] = [];
  const start = async (pythonEnv?: { name: string; requirements: string[] }) => {
    const dataDir = mkdtempSync(join(tmpdir(), "mlflow-tracking-test-"));
    folders.push(dataDir);
    return startMlflowServer({ dataDir, port: await freePort(), detached: false, pythonEnv });
  };

  const servers: RunningServer[] = await Promise.all([start(), start(MLFLOW2_ENV)]);
  const [current, previous] = servers as [RunningServer, RunningServer];
  project.provide("mlflowUrl", current.url);
  project.provide("mlflowServers", [
    { label: `MLflow ${MLFLOW_VERSION}`, url: current.url },
    { label: `MLflow ${MLFLOW2_VERSION}`, url: previous.url },
  ]);

  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  };
}
