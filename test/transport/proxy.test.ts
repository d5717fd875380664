import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";

import { readTrackingSettings } from "../../scripts/lib/config/settings.ts";
import { MlflowClient } from "../../scripts/lib/mlflow/client.ts";
import { type RunningProxy, startConnectProxy, startReverseProxy } from "../helpers/proxies.ts";

/**
 * HTTP(S)_PROXY and NO_PROXY are read from the process environment by undici's
 * EnvHttpProxyAgent, so this file sets them on process.env (vitest runs each file in its own
 * process) and restores them after each test.
 */
const PROXY_VARS = [
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
];
const saved = Object.fromEntries(PROXY_VARS.map((name) => [name, process.env[name]]));
let proxy: RunningProxy;

beforeAll(async () => {
  proxy = await startConnectProxy();
});
afterAll(() => proxy.close());
afterEach(() => {
  for (const name of PROXY_VARS) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  proxy.seen.length = 0;
});

async function listExperiments(uri: string) {
  const client = new MlflowClient(readTrackingSettings({ MLFLOW_TRACKING_URI: uri }));
  try {
    return await client.searchExperiments();
  } finally {
    await client.close();
  }
}

describe("proxies from the environment", () => {
  it("sends requests through HTTP_PROXY", async () => {
    process.env.HTTP_PROXY = proxy.url;

    const page = await listExperiments(inject("mlflowUrl"));

    expect(page.items.length).toBeGreaterThan(0);
    expect(proxy.seen.some((request) => request.method === "CONNECT")).toBe(true);
  });

  it("goes direct for hosts in NO_PROXY", async () => {
    process.env.HTTP_PROXY = proxy.url;
    process.env.NO_PROXY = "127.0.0.1";

    await listExperiments(inject("mlflowUrl"));

    expect(proxy.seen).toHaveLength(0);
  });
});

describe("a tracking URI with a path prefix", () => {
  it("reaches the server and its artifact proxy under the prefix", async () => {
    const gateway = await startReverseProxy({ target: inject("mlflowUrl"), prefix: "/mlflow" });
    try {
      const client = new MlflowClient(readTrackingSettings({ MLFLOW_TRACKING_URI: gateway.url }));
      const { experiment } = await client.getOrCreateExperiment(`prefix-${Date.now()}`);
      const run = await client.createRun({ experimentId: experiment.experimentId });
      const { uploadArtifact } = await import("../../scripts/lib/mlflow/artifacts.ts");
      await uploadArtifact(
        client.transport,
        run.info.artifactUri!,
        "note.txt",
        "hello",
        "text/plain",
      );
      const listed = await client.listArtifacts(run.info.runId);
      await client.close();

      expect(listed.files.map((file) => file.path)).toEqual(["note.txt"]);
      expect(gateway.seen.every((request) => request.path.startsWith("/mlflow/api/"))).toBe(true);
    } finally {
      await gateway.close();
    }
  });
});
