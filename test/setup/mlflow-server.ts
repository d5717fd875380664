import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import "vitest";
import type { TestProject } from "vitest/node";

import { freePort, startMlflowServer } from "../../scripts/lib/server/mlflow-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    mlflowUrl: string;
  }
}

/**
 * Starts one real MLflow server for the whole suite, through the same code as `npm run server`,
 * on a free port in a temporary folder; tests reach it with `inject("mlflowUrl")` and each
 * works in an experiment of its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), "mlflow-tracking-test-"));
  const server = await startMlflowServer({ dataDir, port: await freePort(), detached: false });
  project.provide("mlflowUrl", server.url);

  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
