import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  type RunningServer,
  freePort,
  startMlflowServer,
} from "../../scripts/lib/server/mlflow-server.ts";
import { uniqueExperimentName } from "../helpers/experiments.ts";
import { ROOT, parseResult, runScript } from "../helpers/run-script.ts";
import {
  POSTGRES_SERVER_ENV,
  type RunningPostgres,
  postgresBinDir,
  startPostgres,
} from "./postgres-server.ts";

/**
 * The setup the README recommends past one machine: an MLflow server whose backend store is
 * PostgreSQL. Here both run on 127.0.0.1, started by the test: a fresh PostgreSQL cluster
 * (Debian's server binaries) and the pinned MLflow with the PostgreSQL driver, in a Python
 * environment of its own. Artifacts stay on the server's local disk (an object store is the
 * production choice; the skill only sees the server's artifact proxy either way).
 */
const SPY = join(ROOT, "examples", "spy_daily_prices.csv");
const binDir = postgresBinDir();
if (!binDir) {
  console.warn(
    "test/scale/postgres.test.ts skipped: PostgreSQL's server (initdb, pg_ctl) is not " +
      "installed. Install it (apt-get install postgresql) to run it.",
  );
}

describe.skipIf(!binDir)("log_backtest and query_runs against MLflow on PostgreSQL", () => {
  const experiment = uniqueExperimentName("postgres");
  const scratch = mkdtempSync(join(tmpdir(), "postgres-test-"));
  let postgres: RunningPostgres | undefined;
  let server: RunningServer | undefined;
  let runId = "";
  let metrics: Record<string, number> = {};

  beforeAll(async () => {
    postgres = await startPostgres(binDir!);
    server = await startMlflowServer({
      dataDir: join(scratch, "mlflow"),
      port: await freePort(),
      detached: false,
      backendStoreUri: postgres.uri,
      pythonEnv: POSTGRES_SERVER_ENV,
      env: { MLFLOW_DISABLE_TELEMETRY: "true", DO_NOT_TRACK: "true" },
    });
  });

  afterAll(async () => {
    await server?.stop();
    postgres?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  const env = () => ({ MLFLOW_TRACKING_URI: server!.url, MLFLOW_SKILL_HOME: scratch });

  it("logs the SPY example, and the run lands in PostgreSQL with every metric", async () => {
    const logged = await runScript(
      "log_backtest.ts",
      ["--returns", SPY, "-e", experiment, "-r", "spy", "--format", "json"],
      env(),
    );

    expect(logged.code, logged.stderr).toBe(0);
    const result = parseResult(logged.stdout);
    expect(result.status).toBe("ok");
    runId = result.run_id;
    metrics = result.metrics;
    const stored = postgres!.query(
      `SELECT r.status, (SELECT count(*) FROM latest_metrics m WHERE m.run_uuid = r.run_uuid) ` +
        `FROM runs r JOIN experiments e ON e.experiment_id = r.experiment_id ` +
        `WHERE e.name = '${experiment}'`,
    );
    expect(stored).toBe(`FINISHED|${Object.keys(metrics).length + 3}`);
  });

  it("finds the run again with query_runs runs, with the values it logged", async () => {
    const found = await runScript(
      "query_runs.ts",
      ["runs", "-e", experiment, "--filter", "metrics.sharpe_ratio > -100", "--format", "json"],
      env(),
    );

    expect(found.code, found.stderr).toBe(0);
    const result = parseResult(found.stdout);
    expect(result.count).toBe(1);
    expect(result.runs[0].run_id).toBe(runId);
    expect(result.runs[0].metrics.sharpe_ratio).toBe(metrics.sharpe_ratio);
    expect(result.runs[0].params.input_file).toBe("spy_daily_prices.csv");
  });
});
