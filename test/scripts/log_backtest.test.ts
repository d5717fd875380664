import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import {
  type RunningServer,
  freePort,
  startMlflowServer,
} from "../../scripts/lib/server/mlflow-server.ts";
import { SERVERS, testClient } from "../helpers/client.ts";
import { uniqueExperimentName } from "../helpers/experiments.ts";
import { ROOT, parseResult, runScript } from "../helpers/run-script.ts";

/** The metric keys the old Python skill logged; every run must carry them (issue 2). */
const LEGACY_KEYS =
  `sharpe_ratio sortino_ratio calmar_ratio omega_ratio cagr total_return avg_return
  avg_win avg_loss best_day worst_day max_drawdown avg_drawdown avg_drawdown_days win_rate
  profit_factor payoff_ratio consecutive_wins consecutive_losses volatility var cvar ulcer_index
  kelly_criterion recovery_factor risk_of_ruin tail_ratio common_sense_ratio cpc_index
  outlier_win_ratio outlier_loss_ratio skew kurtosis`.split(/\s+/);

const SPY = join(ROOT, "examples", "spy_daily_prices.csv");
const client = testClient();
const scratch = mkdtempSync(join(tmpdir(), "log-backtest-test-"));
afterAll(() => client.close());

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { MLFLOW_TRACKING_URI: inject("mlflowUrl"), MLFLOW_SKILL_HOME: scratch, ...extra };
}

function sameNumber(actual: number | undefined, expected: number): boolean {
  return Number.isNaN(expected) ? Number.isNaN(actual) : actual === expected;
}

describe.each(SERVERS)("log_backtest against a real $label server", ({ url }) => {
  const experiment = uniqueExperimentName("spy");
  const server = testClient({}, url);
  let result: Record<string, any>;
  afterAll(() => server.close());

  it("logs the SPY example and prints one JSON result", async () => {
    const run = await runScript(
      "log_backtest.ts",
      [
        "--returns",
        SPY,
        "-e",
        experiment,
        "-r",
        "spy",
        "--format",
        "json",
        "--description",
        "demo run",
      ],
      env({ MLFLOW_TRACKING_URI: url }),
    );

    expect(run.code, run.stderr).toBe(0);
    result = parseResult(run.stdout);
    expect(result.status).toBe("ok");
    expect(result.run_url).toContain(`/runs/${result.run_id}`);
    expect(result.input).toMatchObject({ kind: "prices", column: "SPY", periods_per_year: 252 });
  });

  it("stores every legacy metric with the value it printed, and marks the run FINISHED", async () => {
    const run = await server.getRun(result.run_id);

    expect(run.info.status).toBe("FINISHED");
    for (const key of LEGACY_KEYS) {
      expect(sameNumber(run.metrics[key], result.metrics[key]), key).toBe(true);
    }
    expect(Object.keys(run.metrics).length).toBeGreaterThanOrEqual(LEGACY_KEYS.length);
  });

  it("records where the numbers came from as params, and the source as tags", async () => {
    const run = await server.getRun(result.run_id);
    const sha256 = createHash("sha256").update(readFileSync(SPY)).digest("hex");

    expect(run.params).toMatchObject({
      input_file: "spy_daily_prices.csv",
      input_sha256: sha256,
      input_column: "SPY",
      input_kind: "prices",
      periods_per_year: "252",
      risk_free_rate: "0",
    });
    expect(run.tags).toMatchObject({
      "mlflow.runName": "spy",
      "mlflow.source.type": "LOCAL",
      "mlflow.source.name": "log_backtest",
      "mlflow.note.content": "demo run",
    });
    expect(run.tags["mlflow.user"]).toBeTruthy();
    // As MLflow's Python client does, the user is the run's user_id too, which search can use.
    expect(run.info.userId).toBe(run.tags["mlflow.user"]);
  });

  it("logs the three curves as histories stepped by bar", async () => {
    for (const key of ["curves/cumulative_return", "curves/drawdown", "curves/rolling_sharpe"]) {
      const history = await server.getMetricHistory(result.run_id, key);
      expect(history.length, key).toBeGreaterThan(100);
      expect(history.length, key).toBeLessThanOrEqual(2500);
    }
    const equity = await server.getMetricHistory(result.run_id, "curves/cumulative_return");
    expect(equity.at(-1)!.value).toBeCloseTo(result.metrics.total_return, 12);
  });

  it("logs the drawdown curve as a history whose lowest point is the maximum drawdown", async () => {
    const history = await server.getMetricHistory(result.run_id, "curves/drawdown");
    const lowest = Math.min(...history.map((point) => point.value));

    expect(history.length).toBeGreaterThan(100);
    expect(history.length).toBeLessThanOrEqual(2500);
    expect(lowest).toBe(result.metrics.max_drawdown);
    expect(history[0]!.timestamp).toBe(Date.parse("1993-02-01T00:00:00Z"));
  });

  it("records the input as a dataset and stores metrics.json, series.csv and the input copy", async () => {
    const run = await server.getRun(result.run_id);
    const { files } = await server.listArtifacts(result.run_id);
    const inputs = await server.listArtifacts(result.run_id, "inputs");

    expect(run.datasets[0]).toMatchObject({ name: "spy_daily_prices.csv", sourceType: "local" });
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(["metrics.json", "series.csv"]),
    );
    expect(inputs.files.map((f) => f.path)).toEqual(["inputs/spy_daily_prices.csv"]);
  });
});

describe("log_backtest metric values that are not finite", () => {
  it("sends NaN and Infinity as they are and reads them back from the server", async () => {
    // Every return positive: there is no loss, so avg_loss has nothing to average (NaN)
    // and profit_factor divides gains by a zero sum of losses.
    const file = join(scratch, "all-gains.csv");
    writeFileSync(
      file,
      "date,ret\n2024-01-02,0.01\n2024-01-03,0.02\n2024-01-04,0.005\n2024-01-05,0.01\n",
    );

    const run = await runScript(
      "log_backtest.ts",
      [
        "--returns",
        file,
        "--kind",
        "returns",
        "-e",
        uniqueExperimentName("nonfinite"),
        "--format",
        "json",
      ],
      env(),
    );
    expect(run.code, run.stderr).toBe(0);
    const printed = parseResult(run.stdout);
    const stored = await client.getRun(printed.run_id);

    expect(printed.metrics.avg_loss).toBeNaN();
    expect(stored.metrics.avg_loss).toBeNaN();
    expect(stored.metrics.profit_factor).toBe(printed.metrics.profit_factor);
    expect(Number.isFinite(printed.metrics.profit_factor)).toBe(false);
  });
});

describe("log_backtest with 150 params", () => {
  it("logs them all, across two log-batch requests", async () => {
    const params = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`p${i}`, i]));

    const run = await runScript(
      "log_backtest.ts",
      [
        "--returns",
        SPY,
        "-e",
        uniqueExperimentName("params"),
        "--params",
        JSON.stringify(params),
        "--format",
        "json",
      ],
      env(),
    );
    expect(run.code, run.stderr).toBe(0);
    const stored = await client.getRun(parseResult(run.stdout).run_id);

    expect(stored.params.p149).toBe("149");
    expect(Object.keys(stored.params).filter((key) => /^p\d+$/.test(key))).toHaveLength(150);
  });
});

describe("log_backtest refusing bad input", () => {
  it("names a missing file, exits 2 without a stack trace, and creates nothing", async () => {
    const name = uniqueExperimentName("missing-file");

    const run = await runScript("log_backtest.ts", ["--returns", "no-such.csv", "-e", name], env());

    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no-such.csv");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await client.getExperimentByName(name)).toBeUndefined();
  });

  it("refuses a param key MLflow would refuse before creating anything", async () => {
    const name = uniqueExperimentName("bad-key");

    const run = await runScript(
      "log_backtest.ts",
      ["--returns", SPY, "-e", name, "--params", '{"MAP@k": 3}', "--format", "json"],
      env(),
    );

    expect(run.code).toBe(2);
    expect(parseResult(run.stdout).error.message).toContain("MAP@k");
    expect(await client.getExperimentByName(name)).toBeUndefined();
  });

  it("refuses an experiment id given as the name, and creates no experiment named by it", async () => {
    const name = uniqueExperimentName("by-id");
    const id = await client.createExperiment(name);

    const run = await runScript(
      "log_backtest.ts",
      ["--returns", SPY, "-e", id, "--format", "json"],
      env(),
    );

    expect(run.code).toBe(2);
    expect(parseResult(run.stdout).error.next_step).toContain(`--experiment "${name}"`);
    expect(await client.getExperimentByName(id)).toBeUndefined();
  });

  it("refuses a deleted experiment with DeletedExperimentError and the way to restore it", async () => {
    const name = uniqueExperimentName("deleted");
    await client.deleteExperiment(await client.createExperiment(name));

    const run = await runScript(
      "log_backtest.ts",
      ["--returns", SPY, "-e", name, "--format", "json"],
      env(),
    );
    const error = parseResult(run.stdout).error;

    expect(run.code).toBe(2);
    expect(error.type).toBe("DeletedExperimentError");
    expect(error.next_step).toContain("--restore");
  });
});

describe("log_backtest when MLflow cannot be reached", () => {
  it("saves the whole run, says how to send it, and --replay sends it", async () => {
    const home = mkdtempSync(join(tmpdir(), "unsent-"));
    const experiment = uniqueExperimentName("replay");
    const deadUri = `http://127.0.0.1:${await freePort()}`;

    const failed = await runScript(
      "log_backtest.ts",
      ["--returns", SPY, "-e", experiment, "--format", "json"],
      env({
        MLFLOW_TRACKING_URI: deadUri,
        MLFLOW_SKILL_HOME: home,
        MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR: "0",
      }),
    );
    const error = parseResult(failed.stdout);
    const saved = readdirSync(join(home, "unsent"));

    expect(failed.code).toBe(3);
    expect(saved).toHaveLength(1);
    // Runnable from any folder: the committed bundle with plain node, by absolute path.
    expect(error.details.replay_command).toMatch(/^node \/\S+\/dist\/log_backtest\.mjs --replay /);
    expect(failed.stderr).toContain("--replay");

    const replayed = await runScript(
      "log_backtest.ts",
      ["--replay", error.details.saved_payload, "--format", "json"],
      env({ MLFLOW_SKILL_HOME: home }),
    );
    expect(replayed.code, replayed.stderr).toBe(0);
    const run = await client.getRun(parseResult(replayed.stdout).run_id);

    expect(run.info.status).toBe("FINISHED");
    expect(run.params.input_file).toBe("spy_daily_prices.csv");
    expect(readdirSync(join(home, "unsent", "sent"))).toEqual(saved);
    expect(readdirSync(join(home, "unsent"))).toEqual(["sent"]);

    // The printed command run again, from a shell without MLFLOW_TRACKING_URI: the moved copy
    // is found, and it names the server the run landed on, so the same run is completed.
    const again = await runScript(
      "log_backtest.ts",
      ["--replay", error.details.saved_payload, "--format", "json"],
      { MLFLOW_SKILL_HOME: home },
    );
    expect(again.code, again.stderr).toBe(0);
    expect(parseResult(again.stdout).run_id).toBe(run.info.runId);
  });
});

describe("log_backtest with a server that does not proxy artifacts", () => {
  let noProxy: RunningServer;
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "mlflow-no-proxy-"));
    noProxy = await startMlflowServer({
      dataDir,
      port: await freePort(),
      detached: false,
      extraArgs: ["--no-serve-artifacts", "--default-artifact-root", join(dataDir, "artifacts")],
    });
  });
  afterAll(() => noProxy.stop());

  it("says artifacts were not uploaded and why, and logs everything else", async () => {
    const run = await runScript(
      "log_backtest.ts",
      ["--returns", SPY, "-e", uniqueExperimentName("no-proxy"), "--format", "json"],
      env({ MLFLOW_TRACKING_URI: noProxy.url }),
    );

    expect(run.code, run.stderr).toBe(0);
    const result = parseResult(run.stdout);
    expect(result.artifacts).toEqual([]);
    expect(result.artifacts_skipped).toMatch(/artifact location is .*--no-serve-artifacts/);
    expect(run.stderr).toMatch(/Artifacts were not uploaded/);
    expect(result.warnings).toContainEqual(expect.stringMatching(/^Artifacts were not uploaded/));
    const direct = testClient({}, noProxy.url);
    const stored = await direct.getRun(result.run_id);
    await direct.close();
    expect(stored.info.status).toBe("FINISHED");
    expect(stored.metrics.sharpe_ratio).toBe(result.metrics.sharpe_ratio);
    expect(stored.datasets).toHaveLength(1);
  });
});
