import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readTrackingSettings } from "../../scripts/lib/config/settings.ts";
import { MlflowClient } from "../../scripts/lib/mlflow/client.ts";
import { type AuthServer, createUser, startAuthServer } from "../helpers/auth-server.ts";
import { uniqueExperimentName } from "../helpers/experiments.ts";
import { ROOT, type ScriptResult, parseResult, runScript } from "../helpers/run-script.ts";

const SPY = join(ROOT, "examples", "spy_daily_prices.csv");
const home = mkdtempSync(join(tmpdir(), "auth-home-"));
const researcher = { username: "researcher", password: `pw-${randomBytes(12).toString("hex")}` };
let auth: AuthServer;
let adminClient: MlflowClient;
/** Everything the scripts printed in this file, searched for secrets at the end. */
const printed: string[] = [];

beforeAll(async () => {
  auth = await startAuthServer();
  await createUser(auth, researcher.username, researcher.password);
  adminClient = new MlflowClient(
    readTrackingSettings({
      MLFLOW_TRACKING_URI: auth.url,
      MLFLOW_TRACKING_USERNAME: auth.admin.username,
      MLFLOW_TRACKING_PASSWORD: auth.admin.password,
    }),
  );
});
afterAll(async () => {
  await adminClient.close();
  await auth.server.stop();
});

async function logBacktest(experiment: string, env: NodeJS.ProcessEnv): Promise<ScriptResult> {
  const result = await runScript(
    "log_backtest.ts",
    ["--returns", SPY, "-e", experiment, "--format", "json"],
    {
      MLFLOW_SKILL_HOME: home,
      MLFLOW_SKILL_LOG_LEVEL: "debug",
      MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR: "0",
      ...env,
    },
  );
  printed.push(result.stdout, result.stderr);
  return result;
}

describe("a real MLflow server with basic auth", () => {
  it("takes MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD", async () => {
    const result = await logBacktest(uniqueExperimentName("basic"), {
      MLFLOW_TRACKING_URI: auth.url,
      MLFLOW_TRACKING_USERNAME: researcher.username,
      MLFLOW_TRACKING_PASSWORD: researcher.password,
    });

    expect(result.code, result.stderr).toBe(0);
    const run = await adminClient.getRun(parseResult(result.stdout).run_id);
    expect(run.info.status).toBe("FINISHED");
    expect(run.tags["mlflow.user"]).toBe(researcher.username);
  });

  it("takes credentials written into the URI", async () => {
    const uri = auth.url.replace(
      "http://",
      `http://${researcher.username}:${encodeURIComponent(researcher.password)}@`,
    );

    const result = await logBacktest(uniqueExperimentName("uri"), { MLFLOW_TRACKING_URI: uri });

    expect(result.code, result.stderr).toBe(0);
    expect(parseResult(result.stdout).run_url.startsWith(auth.url)).toBe(true);
  });

  it("still takes the old skill's MLFLOW_HOST, MLFLOW_PORT, MLFLOW_USERNAME, MLFLOW_PASSWORD, with a notice", async () => {
    const { hostname, port } = new URL(auth.url);

    const result = await logBacktest(uniqueExperimentName("legacy"), {
      MLFLOW_HOST: hostname,
      MLFLOW_PORT: port,
      MLFLOW_USERNAME: researcher.username,
      MLFLOW_PASSWORD: researcher.password,
    });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/set MLFLOW_TRACKING_URI/);
    expect(result.stderr).toMatch(/MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD instead/);
  });

  it("reports a wrong password as 401 with what to set, and keeps the run to resend", async () => {
    const result = await logBacktest(uniqueExperimentName("wrong"), {
      MLFLOW_TRACKING_URI: auth.url,
      MLFLOW_TRACKING_USERNAME: researcher.username,
      MLFLOW_TRACKING_PASSWORD: "wrong-password-123",
    });
    const error = parseResult(result.stdout).error;

    expect(result.code).toBe(3);
    expect(error.message).toMatch(/401/);
    expect(error.next_step).toMatch(/MLFLOW_TRACKING_PASSWORD/);
  });

  it("reports a user without permission on the experiment as 403", async () => {
    const name = uniqueExperimentName("admins-only");
    await adminClient.createExperiment(name);

    const result = await logBacktest(name, {
      MLFLOW_TRACKING_URI: auth.url,
      MLFLOW_TRACKING_USERNAME: researcher.username,
      MLFLOW_TRACKING_PASSWORD: researcher.password,
    });
    const error = parseResult(result.stdout).error;

    expect(result.code).toBe(3);
    expect(error.message).toMatch(/403/);
    expect(error.next_step).toMatch(/permission/i);
  });

  it("never prints, logs or stores a password, a Basic header or a URI with credentials", async () => {
    const secrets = [
      researcher.password,
      encodeURIComponent(researcher.password),
      Buffer.from(`${researcher.username}:${researcher.password}`).toString("base64"),
      auth.admin.password,
    ];
    const stored: string[] = [];
    const experiments = await adminClient.searchExperiments({ viewType: "ALL" });
    for (const experiment of experiments.items) {
      const runs = await adminClient.searchRuns({ experimentIds: [experiment.experimentId] });
      for (const run of runs.items) {
        stored.push(
          JSON.stringify(run.params),
          JSON.stringify(run.tags),
          JSON.stringify(run.datasets),
        );
      }
    }
    const saved = readdirSync(join(home, "unsent")).map((file) =>
      readFileSync(join(home, "unsent", file), "utf8"),
    );
    const everything = [...printed, ...stored, ...saved].join("\n");

    expect(printed.length).toBeGreaterThanOrEqual(10);
    expect(saved.length).toBeGreaterThanOrEqual(1);
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });
});
