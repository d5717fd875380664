/**
 * `npm run bench`: the skill against MLflow's Python client, whole process against whole
 * process, on the project's own local MLflow server started here (SQLite, a free port of
 * 127.0.0.1, a temporary folder). Cases, each command run --rounds times, interleaved:
 * - start-up: `--help` of each bundled script against `python -c "import mlflow"`;
 * - one backtest of 2,520 daily returns logged: log_backtest (bundled, and through tsx)
 *   against mlflow + quantstats (bench/python/log_backtest.py);
 * - 100,000 history points to one run: MlflowClient.logBatch against MlflowClient.log_batch;
 * - the server's ceiling: raw concurrent log-batch requests, and the skill's share of it;
 * - 10,000 runs (50 metrics, 20 params each, logged once beforehand over REST) searched to
 *   CSV: `query_runs runs --all --format csv` against mlflow.search_runs + pandas to_csv, with
 *   the server's own time for the same pages;
 * - with --scale, the sizes around those: 10,000 and 1,000,000 points, 1,000 and 100,000 runs;
 * - then bench/metrics.ts (the metrics against QuantStats, no server), when it exists.
 * Writes bench/results/benchmarks.json and benchmarks.md and prints the Markdown.
 *
 * Usage: npm run bench -- [--rounds N] [--scale] [--workers N] [--only LIST]
 *                         [--store memory|disk] [--backend sqlite|postgres] [--skip-metrics]
 *   --rounds    runs of each command (default 5; the 10,000-run search 3 at most)
 *   --workers   uvicorn workers of the server (default: one per CPU)
 *   --only      comma list of startup, backtest, history, ceiling, search (default all)
 *   --store     where the server's database lives: memory (/dev/shm, the default when it
 *               exists) or disk (the system's temporary folder)
 *   --backend   sqlite (the local server, default) or postgres (a PostgreSQL server started
 *               here with Debian's initdb and pg_ctl, as test/scale/postgres.test.ts does)
 * Needs GNU time (/usr/bin/time), Python 3.10+ with pip access (the first run installs the
 * pinned client into a virtual environment), and about 10 minutes; --scale about an hour.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { ensurePythonEnv } from "../scripts/lib/server/python-env.ts";
import { backtestCase } from "./cases/backtest.ts";
import { type CeilingResult, ceilingCase } from "./cases/ceiling.ts";
import { HISTORY_POINTS, type HistoryResult, historyCase } from "./cases/history.ts";
import { scaleCase } from "./cases/scale.ts";
import { SEARCH_RUNS, searchCase } from "./cases/search.ts";
import { startupCase } from "./cases/startup.ts";
import { buildBenchBundles } from "./lib/bundles.ts";
import type { BenchContext, Row } from "./lib/context.ts";
import { describeMachine } from "./lib/machine.ts";
import { populateRuns } from "./lib/populate.ts";
import { type RunContents, RawRest } from "./lib/raw-rest.ts";
import { type Results, markdown } from "./lib/report.ts";
import { NO_TELEMETRY, startBenchServer } from "./lib/server.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS = join(ROOT, "bench", "results");
const CASES = ["startup", "backtest", "history", "ceiling", "search"];
const PYTHON_ENV = "bench-client-mlflow-3.17.2";
const TMPFS = "/dev/shm";
/** A search of 10,000 runs takes most of a minute per command here: three rounds at most. */
const SEARCH_ROUNDS = 3;

const { values: flags } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    scale: { type: "boolean", default: false },
    workers: { type: "string", default: String(availableParallelism()) },
    only: { type: "string", default: CASES.join(",") },
    store: { type: "string", default: existsSync(TMPFS) ? "memory" : "disk" },
    backend: { type: "string", default: "sqlite" },
    "skip-metrics": { type: "boolean", default: false },
  },
});
const chosen = new Set(flags.only.split(","));
const rounds = Number(flags.rounds);
const workers = Number(flags.workers);
if (!existsSync("/usr/bin/time")) {
  throw new Error("The benchmarks need GNU time at /usr/bin/time: apt-get install time.");
}

mkdirSync(join(RESULTS, "data"), { recursive: true });
mkdirSync(join(RESULTS, "out"), { recursive: true });
const requirements = readFileSync(join(ROOT, "bench", "python", "client-requirements.txt"), "utf8")
  .split("\n")
  .map((line) => line.replace(/#.*/, "").trim())
  .filter((line) => line !== "");
const python = join(await ensurePythonEnv(PYTHON_ENV, requirements), "python");
const machine = describeMachine(python, requirements);
process.stderr.write("Building the bundles\n");
const bundles = await buildBenchBundles(join(RESULTS, "dist"));

// The server's database on tmpfs takes the VM's disk flushes out of every request, so the
// clients, not the disk, are compared; --store disk measures the other way.
const backend = flags.backend === "postgres" ? "postgres" : "sqlite";
if (backend === "postgres" && flags.scale) {
  throw new Error("--scale copies runs inside SQLite: run it with --backend sqlite.");
}
process.stderr.write(`Starting mlflow server (${workers} workers, ${backend} in ${flags.store})\n`);
const server = await startBenchServer({
  workers,
  parent: flags.store === "memory" ? TMPFS : tmpdir(),
  backend,
});
const rows: Row[] = [];
const scale: Row[] = [];
let ceiling: CeilingResult | undefined;
let contents: Record<string, RunContents> = {};
try {
  const context: BenchContext = {
    root: ROOT,
    results: RESULTS,
    url: server.url,
    serverDataDir: server.dataDir,
    node: process.execPath,
    python,
    bundles,
    rounds,
    nodeEnv: { MLFLOW_TRACKING_URI: server.url, MLFLOW_SKILL_LOG_LEVEL: "warn" },
    pythonEnv: { MLFLOW_TRACKING_URI: server.url, MPLBACKEND: "Agg", ...NO_TELEMETRY },
  };
  await warmUp(context);

  if (chosen.has("startup")) rows.push(...startupCase(context));
  if (chosen.has("backtest")) {
    const backtest = await backtestCase(context);
    rows.push(...backtest.rows);
    contents = backtest.contents;
  }
  let history: HistoryResult | undefined;
  if (chosen.has("history") || chosen.has("ceiling")) {
    history = await historyCase(context, HISTORY_POINTS, rounds);
    rows.push(...history.rows);
  }
  if (chosen.has("ceiling") && history) {
    ceiling = await ceilingCase(context, history.pythonRates);
  }
  if (chosen.has("search") || flags.scale) {
    const name = `bench-search-${SEARCH_RUNS}`;
    process.stderr.write(`Populating ${SEARCH_RUNS} runs over REST (not timed)\n`);
    const populated = { id: await populateRuns(server.url, name, SEARCH_RUNS), name };
    const routine = { ...populated, runs: SEARCH_RUNS };
    rows.push(...searchCase(context, routine, Math.min(rounds, SEARCH_ROUNDS), true));
    if (flags.scale) scale.push(...(await scaleCase(context, routine)));
  }
} finally {
  await server.stop();
}

const metricsTable = flags["skip-metrics"] ? undefined : runMetricsBenchmark();
const results: Results = {
  machine,
  server: {
    workers,
    backend,
    store: flags.store === "memory" ? "on tmpfs (/dev/shm)" : "on disk",
    url: server.url,
  },
  rounds,
  rows,
  ceiling,
  contents,
  scale,
  loadAtEnd: loadavg()[0] ?? NaN,
  metricsTable,
};
const suffix = `${flags.scale ? "-scale" : ""}${backend === "postgres" ? "-postgres" : ""}`;
const text = markdown(results);
writeFileSync(join(RESULTS, `benchmarks${suffix}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(RESULTS, `benchmarks${suffix}.md`), text);
process.stdout.write(text);

/**
 * Every uvicorn worker imports MLflow's store and opens its database on first use, which
 * takes seconds on a loaded machine: a few rounds of each kind of request, spread over more
 * connections than there are workers, keep that out of the first measured run.
 */
async function warmUp(context: BenchContext): Promise<void> {
  process.stderr.write("Warming up the server\n");
  const rest = new RawRest(context.url, workers * 4);
  try {
    const experimentId = await rest.createExperiment("bench-warm-up");
    await populateRuns(context.url, "bench-warm-up-runs", 40);
    const warm = spawnSync(
      context.node,
      [
        context.bundles.raw_log_batch!,
        ...["--url", context.url, "--experiment-id", experimentId],
        ...["--points", "20000", "--concurrency", String(workers * 4)],
      ],
      { encoding: "utf8" },
    );
    if (warm.status !== 0) throw new Error(`warm-up failed: ${warm.stderr}`);
    for (let i = 0; i < workers * 4; i += 1) {
      await rest.post("/runs/search", { experiment_ids: [experimentId], max_results: 1000 });
    }
  } finally {
    await rest.close();
  }
}

/** bench/metrics.ts (another benchmark, no server), when present; returns its table. */
function runMetricsBenchmark(): string | undefined {
  const script = join(ROOT, "bench", "metrics.ts");
  if (!existsSync(script)) return undefined;
  process.stderr.write("Metrics benchmark (bench/metrics.ts)\n");
  const result = spawnSync("npx", ["tsx", script], { cwd: ROOT, stdio: "inherit" });
  const table = join(RESULTS, "metrics.md");
  if (result.status !== 0) {
    process.stderr.write(`bench/metrics.ts failed (exit ${result.status}); see above.\n`);
    return `bench/metrics.ts failed (exit ${result.status}).`;
  }
  return existsSync(table) ? readFileSync(table, "utf8").trim() : undefined;
}
