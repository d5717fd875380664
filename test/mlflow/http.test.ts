import { afterEach, describe, expect, it } from "vitest";

import { readTrackingSettings } from "../../scripts/lib/config/settings.ts";
import { MlflowApiError, MlflowConnectionError } from "../../scripts/lib/mlflow/errors.ts";
import { HttpTransport } from "../../scripts/lib/mlflow/http.ts";
import { freePort } from "../../scripts/lib/server/mlflow-server.ts";
import { setLogLevel, setLogSink } from "../../scripts/lib/output/logger.ts";
import { rejectionOf } from "../helpers/rejection.ts";
import { type StubReply, startStubServer } from "../helpers/stub-server.ts";

/**
 * Retry behaviour needs faults a real MLflow server does not produce on demand, so these tests
 * use a scripted HTTP server on 127.0.0.1. Backoff is set to 0 to keep them quick.
 */
const stubs: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(stubs.splice(0).map((stub) => stub.close()));
});

async function transportFor(replies: StubReply[], env: NodeJS.ProcessEnv = {}) {
  const stub = await startStubServer(replies);
  stubs.push(stub);
  const settings = readTrackingSettings({
    MLFLOW_TRACKING_URI: stub.url,
    MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR: "0",
    ...env,
  });
  return { stub, transport: new HttpTransport(settings) };
}

const call = { method: "POST", path: "/api/2.0/mlflow/runs/log-batch", json: {} } as const;

describe("HttpTransport retries", () => {
  it("retries 503 and 429 and succeeds when the server recovers", async () => {
    const { stub, transport } = await transportFor([
      { status: 503 },
      { status: 429 },
      { status: 200 },
    ]);

    await expect(transport.json(call)).resolves.toEqual({});
    expect(stub.requests).toHaveLength(3);
  });

  it("never retries a 400", async () => {
    const body = JSON.stringify({ error_code: "INVALID_PARAMETER_VALUE", message: "bad" });
    const { stub, transport } = await transportFor([{ status: 400, body }]);

    await expect(transport.json(call)).rejects.toMatchObject({ status: 400 });
    expect(stub.requests).toHaveLength(1);
  });

  it("does not retry a 500 that MLflow uses for a permanent refusal (a changed param)", async () => {
    // The file store wraps this refusal in INTERNAL_ERROR (mlflow-rest-api.md, section 2).
    const body = JSON.stringify({
      error_code: "INTERNAL_ERROR",
      message: "Changing param values is not allowed. Param with key='k' was already logged",
    });
    const { stub, transport } = await transportFor([{ status: 500, body }]);

    await expect(transport.json(call)).rejects.toBeInstanceOf(MlflowApiError);
    expect(stub.requests).toHaveLength(1);
  });

  it("gives up after MLFLOW_HTTP_REQUEST_MAX_RETRIES retries", async () => {
    const { stub, transport } = await transportFor([{ status: 502 }], {
      MLFLOW_HTTP_REQUEST_MAX_RETRIES: "2",
    });

    await expect(transport.json(call)).rejects.toMatchObject({ status: 502 });
    expect(stub.requests).toHaveLength(3);
  });

  it("waits as long as Retry-After asks", async () => {
    const lines: string[] = [];
    const previous = setLogSink((line) => lines.push(line));
    setLogLevel("debug");
    try {
      const { transport } = await transportFor([
        { status: 503, headers: { "retry-after": "1" } },
        { status: 200 },
      ]);
      await transport.json(call);
    } finally {
      setLogSink(previous);
      setLogLevel("info");
    }

    expect(lines.some((line) => /retry 1 in 1000 ms/.test(line))).toBe(true);
  });
});

describe("HttpTransport errors", () => {
  it("keeps a plain-text 401 as the message, with no error code, and says which variables to set", async () => {
    const { transport } = await transportFor([
      {
        status: 401,
        body: "You are not authenticated.",
        headers: { "content-type": "text/plain" },
      },
    ]);

    const error = await rejectionOf(transport.json(call));

    expect(error).toMatchObject({ status: 401, errorCode: undefined });
    expect(error.serverMessage).toBe("You are not authenticated.");
    expect(error.nextStep).toMatch(/MLFLOW_TRACKING_USERNAME/);
  });

  it("sends Basic credentials taken from the URI, and never the URI's userinfo", async () => {
    const stub = await startStubServer([{ status: 200 }]);
    stubs.push(stub);
    const uri = stub.url.replace("http://", "http://alice:pa%3Ass@");
    const transport = new HttpTransport(readTrackingSettings({ MLFLOW_TRACKING_URI: uri }));

    await transport.json(call);

    const expected = `Basic ${Buffer.from("alice:pa:ss").toString("base64")}`;
    expect(stub.requests[0]?.headers.authorization).toBe(expected);
    expect(transport.trackingUri).toBe(stub.url);
  });

  it("says how to start the local server when nothing answers at the default address", async () => {
    const port = await freePort();
    const settings = readTrackingSettings({ MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR: "0" });
    const transport = new HttpTransport({
      ...settings,
      trackingUri: `http://127.0.0.1:${port}`,
    });

    const error = await rejectionOf(transport.json(call));

    expect(error).toBeInstanceOf(MlflowConnectionError);
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.nextStep).toMatch(/local_server start/);
  });

  it("stops waiting after MLFLOW_HTTP_REQUEST_TIMEOUT seconds", async () => {
    const { transport } = await transportFor([{ status: 200, hang: true }], {
      MLFLOW_HTTP_REQUEST_TIMEOUT: "0.3",
      MLFLOW_HTTP_REQUEST_MAX_RETRIES: "0",
    });

    const error = await rejectionOf(transport.json(call));

    expect(error).toBeInstanceOf(MlflowConnectionError);
    expect(error.message).toMatch(/did not answer within 0.3 s/);
  });
});
