import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readTrackingSettings } from "../../scripts/lib/config/settings.ts";
import { MlflowClient } from "../../scripts/lib/mlflow/client.ts";
import { MlflowApiError } from "../../scripts/lib/mlflow/errors.ts";
import {
  type RunningServer,
  freePort,
  startMlflowServer,
} from "../../scripts/lib/server/mlflow-server.ts";
import { type RunningProxy, startReverseProxy } from "../helpers/proxies.ts";
import { rejectionOf } from "../helpers/rejection.ts";

/**
 * A real MLflow server on the file store (./mlruns) answers a changed param in log-batch with
 * 500 INTERNAL_ERROR, which MLflow's Python client retries for about four minutes. This client
 * must give up at once and say why. A counting proxy sits in front to see the attempts.
 */
let server: RunningServer;
let proxy: RunningProxy;

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "mlflow-file-store-"));
  server = await startMlflowServer({
    dataDir,
    port: await freePort(),
    detached: false,
    backendStoreUri: `file://${join(dataDir, "mlruns")}`,
    env: { MLFLOW_ALLOW_FILE_STORE: "true" },
  });
  proxy = await startReverseProxy({ target: server.url });
});
afterAll(async () => {
  await proxy.close();
  await server.stop();
});

describe("a file-store server refusing a changed param with a 500", () => {
  it("is not retried, and the message explains that params never change", async () => {
    const client = new MlflowClient(readTrackingSettings({ MLFLOW_TRACKING_URI: proxy.url }));
    const { experiment } = await client.getOrCreateExperiment("file-store");
    const run = await client.createRun({ experimentId: experiment.experimentId });
    await client.logBatch(run.info.runId, { params: [{ key: "lookback", value: "20" }] });
    const before = proxy.seen.length;

    const error = await rejectionOf(
      client.logBatch(run.info.runId, { params: [{ key: "lookback", value: "60" }] }),
    );
    await client.close();

    expect(error).toBeInstanceOf(MlflowApiError);
    expect(error.status).toBe(500);
    expect(proxy.seen.length - before).toBe(1);
    expect(error.nextStep).toMatch(/never changes a param/);
  });
});
