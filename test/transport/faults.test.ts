import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";

import type { RunPayload } from "../../scripts/lib/backtest/payload.ts";
import { sendRunPayload } from "../../scripts/lib/backtest/send.ts";
import { readTrackingSettings } from "../../scripts/lib/config/settings.ts";
import { MlflowClient } from "../../scripts/lib/mlflow/client.ts";
import { SERVERS, testClient } from "../helpers/client.ts";
import { uniqueExperimentName } from "../helpers/experiments.ts";
import { type FaultAction, type RunningProxy, startReverseProxy } from "../helpers/proxies.ts";

/**
 * A proxy in front of the real server injects the faults a network produces: 503s, a reply
 * lost after the server did the work, a reply slower than the client's timeout. What reached
 * the server is then read back directly, past the proxy.
 */
const proxies: RunningProxy[] = [];
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
});

/** A client behind a proxy that applies `fault` to requests whose path ends with `endpoint`. */
async function clientWithFault(
  target: string,
  endpoint: string,
  fault: (count: number) => FaultAction,
  env: NodeJS.ProcessEnv = {},
) {
  let hits = 0;
  const proxy = await startReverseProxy({
    target,
    fault: ({ path }) =>
      path.split("?")[0]!.endsWith(endpoint) ? fault(++hits) : { kind: "forward" },
  });
  proxies.push(proxy);
  const settings = readTrackingSettings({
    MLFLOW_TRACKING_URI: proxy.url,
    MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR: "0",
    ...env,
  });
  return { client: new MlflowClient(settings), proxy, hits: () => hits };
}

function payload(experimentName: string): RunPayload {
  const now = Date.now();
  return {
    formatVersion: 1,
    payloadId: randomUUID(),
    experimentName,
    runName: "faulty",
    startTime: now,
    params: [{ key: "lookback", value: "20" }],
    tags: [],
    metrics: Array.from({ length: 50 }, (_, step) => ({
      key: "equity",
      value: step / 7,
      timestamp: now + step,
      step,
    })),
    datasets: [],
    artifacts: [],
  };
}

async function runsIn(direct: MlflowClient, experimentName: string) {
  const experiment = await direct.getExperimentByName(experimentName);
  return (await direct.searchRuns({ experimentIds: [experiment!.experimentId] })).items;
}

describe.each(SERVERS)("faults between the client and a $label server", ({ url }) => {
  const direct = testClient({}, url);
  afterAll(() => direct.close());

  it("rides out 503s with Retry-After and logs the run", async () => {
    const name = uniqueExperimentName("503");
    const { client, hits } = await clientWithFault(url, "/runs/log-batch", (count) =>
      count <= 2
        ? { kind: "reply", status: 503, headers: { "retry-after": "0" } }
        : { kind: "forward" },
    );

    await sendRunPayload(client, payload(name));
    await client.close();

    expect(hits()).toBe(3);
    expect((await runsIn(direct, name))[0]?.info.status).toBe("FINISHED");
  });

  it("retries a log-batch whose reply was lost without duplicating points or failing on params", async () => {
    const name = uniqueExperimentName("lost-reply");
    const { client, hits } = await clientWithFault(url, "/runs/log-batch", (count) =>
      count === 1 ? { kind: "forward-then-drop" } : { kind: "forward" },
    );

    const sent = await sendRunPayload(client, payload(name));
    await client.close();
    const history = await direct.getMetricHistory(sent.runId, "equity");

    expect(hits()).toBe(2);
    expect(history).toHaveLength(50);
    expect((await direct.getRun(sent.runId)).params.lookback).toBe("20");
  });

  it("leaves exactly one run when the reply to creating it was lost", async () => {
    const name = uniqueExperimentName("lost-create");
    const { client, hits } = await clientWithFault(url, "/runs/create", (count) =>
      count === 1 ? { kind: "forward-then-drop" } : { kind: "forward" },
    );

    await sendRunPayload(client, payload(name));
    await client.close();
    const runs = await runsIn(direct, name);

    expect(hits()).toBe(1);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.info.status).toBe("FINISHED");
  });

  it("a replay through another address completes the run the failed send began", async () => {
    const name = uniqueExperimentName("replay-elsewhere");
    const { client } = await clientWithFault(
      url,
      "/runs/log-batch",
      () => ({ kind: "reply", status: 500, body: '{"error_code":"INTERNAL_ERROR"}' }),
      { MLFLOW_HTTP_REQUEST_MAX_RETRIES: "0" },
    );
    const saved = payload(name);

    await expect(sendRunPayload(client, saved)).rejects.toThrow();
    await client.close();
    const begun = saved.runId;
    // The same server, now reached directly: another address than the one the payload recorded.
    const sent = await sendRunPayload(direct, saved, { replay: true });
    const runs = await runsIn(direct, name);

    expect(begun).toBeDefined();
    expect(sent.runId).toBe(begun);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.info.status).toBe("FINISHED");
  });

  it("retries a reply slower than MLFLOW_HTTP_REQUEST_TIMEOUT, without duplicates", async () => {
    const name = uniqueExperimentName("slow");
    const { client, hits } = await clientWithFault(
      url,
      "/runs/log-batch",
      (count) => (count === 1 ? { kind: "forward-slowly", delayMs: 3000 } : { kind: "forward" }),
      { MLFLOW_HTTP_REQUEST_TIMEOUT: "1" },
    );

    const sent = await sendRunPayload(client, payload(name));
    await client.close();

    expect(hits()).toBe(2);
    expect(await direct.getMetricHistory(sent.runId, "equity")).toHaveLength(50);
  });
});
