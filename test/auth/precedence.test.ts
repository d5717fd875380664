import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readTrackingSettings } from "../../scripts/lib/config/settings.ts";
import { HttpTransport } from "../../scripts/lib/mlflow/http.ts";
import { MLFLOW_VERSION, SERVER_REQUIREMENTS } from "../../scripts/lib/server/paths.ts";
import { ensurePythonEnv } from "../../scripts/lib/server/python-env.ts";
import { startStubServer } from "../helpers/stub-server.ts";

/**
 * Which credentials win when several are configured is decided by MLflow's own Python client:
 * both clients call a server that only records the Authorization header it receives, with
 * the same environment, and must send the same header.
 */
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
let stub: Awaited<ReturnType<typeof startStubServer>>;
let python: string;

beforeAll(async () => {
  stub = await startStubServer([{ status: 200, body: "{}" }]);
  python = join(await ensurePythonEnv(`mlflow-${MLFLOW_VERSION}`, SERVER_REQUIREMENTS), "python");
});
afterAll(() => stub.close());

/**
 * The Authorization header MLflow's Python client sends with `env`. The stub answers from this
 * process, so Python must run without blocking it (execFile, not spawnSync).
 */
async function pythonHeader(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const before = stub.requests.length;
  const script =
    "from mlflow import MlflowClient; MlflowClient().search_experiments(max_results=1)";
  const base = { PATH: process.env.PATH, HOME: process.env.HOME };
  await promisify(execFile)(python, ["-c", script], {
    env: { ...base, MLFLOW_HTTP_REQUEST_MAX_RETRIES: "0", ...env },
  });
  return stub.requests.slice(before).at(-1)?.headers.authorization as string | undefined;
}

/** The Authorization header this project's client sends with `env`. */
async function ourHeader(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const before = stub.requests.length;
  const transport = new HttpTransport(readTrackingSettings(env));
  await transport.json({ method: "POST", path: "/api/2.0/mlflow/experiments/search", json: {} });
  await transport.close();
  return stub.requests.slice(before).at(-1)?.headers.authorization as string | undefined;
}

describe("credential precedence, checked against MLflow's Python client", () => {
  it("sends Basic, not the token, when username, password and token are all set", async () => {
    const env = {
      MLFLOW_TRACKING_URI: stub.url,
      MLFLOW_TRACKING_USERNAME: "alice",
      MLFLOW_TRACKING_PASSWORD: "alice-password",
      MLFLOW_TRACKING_TOKEN: "a-token",
    };

    expect(await pythonHeader(env)).toBe(basic("alice", "alice-password"));
    expect(await ourHeader(env)).toBe(basic("alice", "alice-password"));
  });

  it("sends the token when it is the only credential", async () => {
    const env = { MLFLOW_TRACKING_URI: stub.url, MLFLOW_TRACKING_TOKEN: "a-token" };

    expect(await pythonHeader(env)).toBe("Bearer a-token");
    expect(await ourHeader(env)).toBe("Bearer a-token");
  });

  it("lets credentials in the URI win over the username and password variables", async () => {
    const env = {
      MLFLOW_TRACKING_URI: stub.url.replace("http://", "http://uri-user:uri-pass@"),
      MLFLOW_TRACKING_USERNAME: "alice",
      MLFLOW_TRACKING_PASSWORD: "alice-password",
    };

    expect(await pythonHeader(env)).toBe(basic("uri-user", "uri-pass"));
    expect(await ourHeader(env)).toBe(basic("uri-user", "uri-pass"));
  });
});
