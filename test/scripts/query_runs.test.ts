import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { EXIT_CODES } from "../../scripts/lib/errors.ts";
import { freePort } from "../../scripts/lib/server/mlflow-server.ts";
import { testClient } from "../helpers/client.ts";
import { uniqueExperimentName } from "../helpers/experiments.ts";
import { ROOT } from "../helpers/run-script.ts";
import {
  type SeededRun,
  createManyRuns,
  rawSearchRunIds,
  runScriptProcess,
  seedExperiment,
  uploadArtifact,
} from "../query/fixtures.ts";

/** More runs than one page of MLflow's default size (1,000), so --all must follow a token. */
const BIG_COUNT = 1_100;

const client = testClient();
const outDir = mkdtempSync(join(tmpdir(), "query-runs-test-"));
let big: { id: string; name: string; serverOrder: string[] };
let small: { id: string; name: string; runs: SeededRun[] };

const query = (...args: string[]) => runScriptProcess("query_runs.ts", args);
const json = (stdout: string) => JSON.parse(stdout) as Record<string, any>;

// The big experiment holds 1,100 bare runs, created by the client with requests in flight (about
// 20 s on the single-worker test server); the tests only read it. serverOrder is MLflow's own
// answer, paged by hand over plain REST.
beforeAll(async () => {
  const bigName = uniqueExperimentName("query-big");
  const bigId = await client.createExperiment(bigName);
  await createManyRuns(client, bigId, BIG_COUNT);
  big = {
    id: bigId,
    name: bigName,
    serverOrder: await rawSearchRunIds({ experiment_ids: [bigId] }),
  };

  const seeded = await seedExperiment(client, "query-small", [
    {
      name: "steady",
      startTime: 1_750_000_000_000,
      metrics: { sharpe_ratio: 1.2, "f1-score": 0.4, max_drawdown: Number.NaN },
      params: { lookback: "20" },
      tags: { desk: "rates" },
      history: [0, 1, 2].map((step) => ({
        key: "equity",
        value: 1 + step / 10,
        timestamp: 1_750_000_000_000 + step * 86_400_000,
        step,
      })),
    },
    {
      name: "bold",
      startTime: 1_750_000_001_000,
      metrics: { sharpe_ratio: 2.5, "f1-score": 0.9, max_drawdown: -0.3 },
      params: { lookback: "50" },
      tags: { desk: "credit" },
    },
  ]);
  small = { id: seeded.experimentId, name: seeded.name, runs: seeded.runs };
  await uploadArtifact(small.id, small.runs[0]!.runId, "reports/metrics.json", "{}");
}, 300_000);
afterAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  await client.close();
});

describe("query_runs runs over more than one page of 1,000", () => {
  it("returns with --all exactly the runs MLflow's own search returns, in its order", async () => {
    const result = await query("runs", "-e", big.name, "--all", "--format", "json");
    const output = json(result.stdout);

    expect(result.code).toBe(EXIT_CODES.success);
    expect(big.serverOrder).toHaveLength(BIG_COUNT);
    expect(output.status).toBe("ok");
    expect(output.count).toBe(BIG_COUNT);
    expect(output.runs.map((run: { run_id: string }) => run.run_id)).toEqual(big.serverOrder);
    expect(output.next_page_token).toBeNull();

    // --all streams page by page; a large --max-results gathers in memory: the same object.
    const gathered = await query(
      "runs",
      "-e",
      big.name,
      "--max-results",
      "5000",
      "--format",
      "json",
    );
    expect(output).toEqual(json(gathered.stdout));
  });

  it("agrees with MLflow's own search under a filter too", async () => {
    const filter = "tags.parity = 'even'";
    const expected = await rawSearchRunIds({ experiment_ids: [big.id], filter });

    const result = await query(
      "runs",
      "-e",
      big.id,
      "--all",
      "--filter",
      filter,
      "--format",
      "json",
    );

    // Half the runs were tagged even in createManyRuns.
    expect(expected).toHaveLength(BIG_COUNT / 2);
    expect(json(result.stdout).runs.map((run: { run_id: string }) => run.run_id)).toEqual(expected);
  });

  it("stops at 100 runs by default, with a token that resumes after them", async () => {
    const first = json((await query("runs", "-e", big.name, "--format", "json")).stdout);
    const rest = json(
      (
        await query(
          "runs",
          "-e",
          big.name,
          "--format",
          "json",
          "--max-results",
          "5000",
          "--page-token",
          first.next_page_token,
        )
      ).stdout,
    );
    const ids = (output: Record<string, any>) => output.runs.map((run: any) => run.run_id);

    expect(ids(first)).toEqual(big.serverOrder.slice(0, 100));
    expect(typeof first.next_page_token).toBe("string");
    expect(ids(rest)).toEqual(big.serverOrder.slice(100));
    expect(rest.next_page_token).toBeNull();
  });

  it("streams --all as CSV with the same runs, and says on stderr when more match", async () => {
    const all = await query("runs", "-e", big.name, "--all", "--format", "csv");
    const some = await query("runs", "-e", big.name, "--max-results", "5", "--format", "csv");
    const rows = Papa.parse<Record<string, string>>(all.stdout, {
      header: true,
      skipEmptyLines: true,
    }).data;

    expect(rows.map((row) => row.run_id)).toEqual(big.serverOrder);
    expect(all.stderr).not.toContain("More runs match");
    expect(some.stdout.trimEnd().split("\n")).toHaveLength(1 + 5);
    expect(some.stderr).toContain("More runs match than the 5 returned");
  });

  it("keeps the table bounded, saying how many runs were left out and how to get them", async () => {
    const result = await query("runs", "-e", big.name, "--all");
    const lines = result.stdout.trimEnd().split("\n");

    expect(result.code).toBe(EXIT_CODES.success);
    expect(lines.filter((line) => /^[0-9a-f]{32}\s/.test(line))).toHaveLength(50);
    // The heading, the header and its rule, the 50 rows, and a few wrapped lines of notes.
    expect(lines.length).toBeLessThan(50 + 15);
    expect(result.stdout).toContain("Showing 50 of 1,100 runs; 1,050 not shown.");
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(160);
  });

  it("says when more runs match than were fetched", async () => {
    const result = await query("runs", "-e", big.name, "--max-results", "10");

    expect(result.stdout).toContain("More runs match than the 10 returned: pass --all");
    expect(result.stdout).toMatch(/--page-token\s+\S+\s+for the next 10/);
  });

  it("exports every run to a CSV file, streamed page by page, read back by papaparse", async () => {
    const file = join(outDir, "big.csv");

    const result = await query("export", "-e", big.name, "--output", file, "--format", "json");
    const parsed = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), {
      header: true,
      skipEmptyLines: true,
    });

    expect(result.code).toBe(EXIT_CODES.success);
    expect(json(result.stdout)).toMatchObject({ status: "ok", file, runs: BIG_COUNT });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.run_id)).toEqual(big.serverOrder);
    // createManyRuns tagged each run with its index, and gave it start time base + index.
    expect(parsed.data[0]).toMatchObject({
      "tags.index": String(BIG_COUNT - 1),
      start_time: new Date(1_700_000_000_000 + BIG_COUNT - 1).toISOString(),
    });
  });

  it("exports to stdout with --output -, the same CSV as without --output", async () => {
    const dashed = await query("export", "-e", big.name, "--output", "-");
    const plain = await query("export", "-e", big.name);

    expect(dashed.code).toBe(EXIT_CODES.success);
    expect(existsSync(join(ROOT, "-"))).toBe(false);
    expect(dashed.stdout.split("\n").length).toBe(BIG_COUNT + 2);
    expect(dashed.stdout).toBe(plain.stdout);
  });
});

describe("query_runs subcommands on a small experiment", () => {
  it("filters with a key that needs quoting and says it quoted it", async () => {
    const result = await query(
      "runs",
      "-e",
      small.name,
      "--filter",
      "metrics.f1-score > 0.5",
      "--format",
      "json",
    );
    const output = json(result.stdout);

    expect(result.stderr).toContain("metrics.`f1-score`");
    expect(output.filter).toBe("metrics.`f1-score` > 0.5");
    // Only "bold" was logged with f1-score above 0.5 (0.9).
    expect(output.runs.map((run: any) => run.run_name)).toEqual(["bold"]);
  });

  it("gives each run the documented JSON fields, NaN as a string", async () => {
    const output = json((await query("runs", "-e", small.name, "--format", "json")).stdout);
    const steady = output.runs.find((run: any) => run.run_name === "steady");

    expect(Object.keys(steady)).toEqual(
      expect.arrayContaining([
        "run_id",
        "run_name",
        "experiment_id",
        "status",
        "start_time",
        "end_time",
        "metrics",
        "params",
        "tags",
      ]),
    );
    expect(steady.metrics.max_drawdown).toBe("NaN");
    expect(steady.start_time).toBe(1_750_000_000_000);
  });

  it("orders by a metric and writes CSV with the chosen columns", async () => {
    const result = await query(
      "runs",
      "-e",
      small.name,
      "--order-by",
      "metrics.sharpe_ratio ASC",
      "--columns",
      "run_name,metrics.sharpe_ratio,params.*",
      "--format",
      "csv",
    );

    // sharpe_ratio 1.2 (steady) before 2.5 (bold), as logged.
    expect(result.stdout).toBe(
      "run_name,metrics.sharpe_ratio,params.lookback\nsteady,1.2,20\nbold,2.5,50\n",
    );
  });

  it("writes a Markdown table", async () => {
    const result = await query(
      "runs",
      "-e",
      small.name,
      "--columns",
      "run_name",
      "--format",
      "markdown",
    );
    expect(result.stdout).toBe("|run_name|\n|:-|\n|bold|\n|steady|\n");
  });

  it("describes one run with its params, metrics, tags and artifacts", async () => {
    const steady = small.runs[0]!;

    const output = json((await query("run", steady.runId, "--format", "json")).stdout);

    expect(output.run).toMatchObject({
      run_id: steady.runId,
      run_name: "steady",
      params: { lookback: "20" },
      tags: { desk: "rates" },
    });
    expect(output.run.metrics).toMatchObject({ sharpe_ratio: 1.2, equity: 1.2 });
    expect(output.artifacts.files.map((file: any) => file.path)).toEqual([
      "reports",
      "reports/metrics.json",
    ]);
  });

  it("prints a metric's full history as CSV", async () => {
    const result = await query(
      "history",
      small.runs[0]!.runId,
      "--metrics",
      "equity",
      "--format",
      "csv",
    );

    // The three points logged in beforeAll: one a day from 1_750_000_000_000.
    expect(result.stdout).toBe(
      "key,step,timestamp,value\n" +
        "equity,0,2025-06-15T15:06:40.000Z,1\n" +
        "equity,1,2025-06-16T15:06:40.000Z,1.1\n" +
        "equity,2,2025-06-17T15:06:40.000Z,1.2\n",
    );
  });

  it("compares two runs, marking differences", async () => {
    const [steady, bold] = small.runs as [SeededRun, SeededRun];

    const output = json(
      (await query("compare", steady.runId, bold.runId, "--only-diff", "--format", "json")).stdout,
    );
    const sharpe = output.rows.find((row: any) => row.key === "sharpe_ratio");

    // 2.5 - 1.2 in floating point.
    expect(sharpe).toMatchObject({ differs: true, delta: 2.5 - 1.2 });
    expect(sharpe.values).toEqual({ [steady.runId]: 1.2, [bold.runId]: 2.5 });
    // Only differing rows, plus the run names that label the columns; the two runs share their
    // experiment, so that attribute row is left out.
    expect(output.rows.every((row: any) => row.differs || row.key === "run_name")).toBe(true);
    expect(output.rows.some((row: any) => row.key === "run_name")).toBe(true);
    expect(output.rows.some((row: any) => row.key === "experiment_id")).toBe(false);
  });

  it("lists artifacts recursively as a table", async () => {
    const result = await query("artifacts", small.runs[0]!.runId);

    expect(result.stdout).toMatch(/reports\s+folder/);
    expect(result.stdout).toMatch(/reports\/metrics\.json\s+file\s+2 B/);
  });

  it("warns when a path lists nothing, since the server cannot tell a typo from a folder", async () => {
    const result = await query("artifacts", small.runs[0]!.runId, "no-such-folder");

    expect(result.code).toBe(EXIT_CODES.success);
    expect(result.stderr).toContain('Nothing listed under "no-such-folder"');
    expect(result.stderr).toContain(`query_runs artifacts ${small.runs[0]!.runId}`);
    const asJson = await query("artifacts", small.runs[0]!.runId, "nope", "--format", "json");
    expect(json(asJson.stdout).warnings).toEqual([
      expect.stringContaining('Nothing listed under "nope"'),
    ]);
  });

  it("calls a path the server will not list (climbing out with ..) a usage error", async () => {
    const result = await query("artifacts", small.runs[0]!.runId, "../../", "--format", "json");

    expect(result.code).toBe(EXIT_CODES.usageOrInput);
    expect(json(result.stdout).error.message).toContain('will not list "../../"');
  });

  it("lists deleted experiments with --view deleted", async () => {
    const name = uniqueExperimentName("query-deleted");
    const id = await client.createExperiment(name);
    await client.deleteExperiment(id);

    const output = json(
      (await query("experiments", "--view", "deleted", "--all", "--format", "json")).stdout,
    );

    expect(output.experiments.find((e: any) => e.name === name)).toMatchObject({
      experiment_id: id,
      lifecycle_stage: "deleted",
    });
  });
});

describe("query_runs failures", () => {
  it("explains a refused filter with the grammar, exit 2, one JSON object", async () => {
    const result = await query(
      "runs",
      "-e",
      small.name,
      "--filter",
      "metrics.a > 1 OR metrics.b > 1",
      "--format",
      "json",
    );
    const output = json(result.stdout);

    expect(result.code).toBe(EXIT_CODES.usageOrInput);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    expect(output).toMatchObject({ status: "error", error: { type: "QuerySyntaxError" } });
    expect(output.error.next_step).toContain("AND only");
    expect(output.details.server_message).toContain("'OR'");
  });

  it("says an unknown experiment, run or subcommand is a usage error (exit 2)", async () => {
    const missing = await query("runs", "-e", uniqueExperimentName("nope"));
    const run = await query("run", "0123456789abcdef0123456789abcdef");
    const subcommand = await query("walk");

    expect(missing.code).toBe(EXIT_CODES.usageOrInput);
    expect(missing.stderr).toContain("query_runs experiments");
    expect(run.code).toBe(EXIT_CODES.usageOrInput);
    expect(subcommand.code).toBe(EXIT_CODES.usageOrInput);
    expect(subcommand.stderr).toContain("experiments, runs, run, history, compare, export");
  });

  it("refuses --all with --max-results, for runs and experiments alike", async () => {
    for (const subcommand of ["runs", "experiments"]) {
      const result = await query(subcommand, "--all", "--max-results", "2");

      expect(result.code).toBe(EXIT_CODES.usageOrInput);
      expect(result.stderr).toContain("--all and --max-results cannot go together");
    }
  });

  it("exits 3 when no server answers", async () => {
    // A port on 127.0.0.1 that nothing listens on right now.
    const url = `http://127.0.0.1:${await freePort()}`;

    const result = await runScriptProcess("query_runs.ts", ["experiments"], {
      MLFLOW_TRACKING_URI: url,
    });

    expect(result.code).toBe(EXIT_CODES.server);
    expect(result.stderr).toContain("Cannot reach MLflow");
  });

  it("documents flags, environment, output fields and exit codes in --help", async () => {
    const result = await query("--help");

    expect(result.code).toBe(EXIT_CODES.success);
    for (const text of [
      "--filter",
      "--all",
      "MLFLOW_TRACKING_URI",
      "next_page_token",
      "Exit codes",
    ]) {
      expect(result.stdout).toContain(text);
    }
  });
});
