/**
 * Speed of the metrics, whole process against whole process, on generated files of 2,520
 * daily, 100,000 hourly and 1,000,000 one-minute returns:
 * - ours: `npx tsx scripts/log_backtest.ts --dry-run --format json --returns FILE`
 *   (read, metrics, curves; nothing sent);
 * - QuantStats: a Python process that reads the same CSV with pandas and runs
 *   `quantstats.reports.metrics(mode="full")` (bench/python/metrics.py), in the pinned
 *   environment of test/oracle/requirements.txt;
 * - for reference, ours again as one file bundled by esbuild and run by plain node, which
 *   shows how much of our time is tsx compiling TypeScript at start-up.
 * Each command runs `--runs` times (default 5, 3 and 1 for the three sizes: QuantStats needs
 * minutes for a million rows); the run with the median wall time is kept,
 * with its CPU time (GNU time, /usr/bin/time, is required). Then, inside one process, the CPU
 * time to read each file is set against the CPU time to compute its metrics
 * (bench/metrics-phases.ts). Prints a Markdown table and writes it, with the raw numbers, to
 * bench/results/.
 *
 * Usage: npx tsx bench/metrics.ts [--runs N] [--sizes daily,hourly,minute]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { build } from "esbuild";

import { ensurePythonEnv } from "../scripts/lib/server/python-env.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS = join(ROOT, "bench", "results");
const DATA = join(RESULTS, "data");
const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
/** GNU time, which reports a command's CPU time; the benchmark needs it. */
const TIME = "/usr/bin/time";

interface Size {
  name: "daily" | "hourly" | "minute";
  label: string;
  rows: number;
  /** Bar spacing and whether weekends are skipped. */
  stepMs: number;
  weekdaysOnly: boolean;
  /** Standard deviation of the generated returns. */
  volatility: number;
  /** Runs of each command unless --runs says otherwise (QuantStats takes minutes on 1M rows). */
  runs: number;
  start: string;
}

const SIZES: Size[] = [
  {
    name: "daily",
    runs: 5,
    label: "2,520 daily",
    rows: 2_520,
    stepMs: MS_PER_DAY,
    weekdaysOnly: true,
    volatility: 0.01,
    start: "2015-01-02",
  },
  {
    name: "hourly",
    runs: 3,
    label: "100,000 hourly",
    rows: 100_000,
    stepMs: MS_PER_HOUR,
    weekdaysOnly: false,
    volatility: 0.002,
    start: "2012-01-01",
  },
  {
    name: "minute",
    runs: 1,
    label: "1,000,000 one-minute",
    rows: 1_000_000,
    stepMs: MS_PER_MINUTE,
    weekdaysOnly: false,
    volatility: 0.0005,
    start: "2022-01-01",
  },
];

interface Timing {
  size: string;
  rows: number;
  periodsPerYear: number;
  /** Median wall time and CPU time (user + system) of the whole process. */
  oursMs: number;
  oursCpuMs: number;
  /** The same script bundled by esbuild and run by plain node (no TypeScript at start-up). */
  bundledMs: number;
  bundledCpuMs: number;
  pythonMs: number;
  pythonCpuMs: number;
  /** Inside one process: CPU time to read the file, and to compute every metric. */
  readMs: number;
  metricsMs: number;
  pythonReadMs: number;
  pythonMetricsMs: number;
}

/** What one run of a command took, and what it printed. */
interface Measured {
  wallMs: number;
  cpuMs: number;
  stdout: string;
}

const { values: flags } = parseArgs({
  options: { runs: { type: "string" }, sizes: { type: "string" } },
});
const chosen = flags.sizes?.split(",") ?? SIZES.map((size) => size.name);

const requirements = readFileSync(join(ROOT, "test", "oracle", "requirements.txt"), "utf8")
  .split("\n")
  .map((line) => line.replace(/#.*/, "").trim())
  .filter((line) => line.length > 0);
const python = join(await ensurePythonEnv("quantstats-0.0.86", requirements), "python");
mkdirSync(DATA, { recursive: true });
const bundle = join(RESULTS, "log_backtest.bundle.mjs");
await build({
  entryPoints: [join(ROOT, "scripts", "log_backtest.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: bundle,
  logLevel: "error",
  // Bundled CommonJS dependencies call require(), which an ES module must create.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});

const timings: Timing[] = [];
for (const size of SIZES.filter((candidate) => chosen.includes(candidate.name))) {
  const file = join(DATA, `${size.name}.csv`);
  const runs = flags.runs === undefined ? size.runs : Number(flags.runs);
  writeFileSync(file, generate(size));
  process.stderr.write(`${size.label}: ${file}\n`);

  const ourCommand = ["tsx", "scripts/log_backtest.ts", "--dry-run", "--format", "json"];
  const ours = medianOf(runs, () => measure("npx", [...ourCommand, "--returns", file]));
  const bundled = medianOf(runs, () =>
    measure("node", [bundle, "--dry-run", "--format", "json", "--returns", file]),
  );
  const output = JSON.parse(ours.stdout) as { status: string; input: { periods_per_year: number } };
  if (output.status !== "ok") throw new Error(`log_backtest failed: ${ours.stdout}`);
  const periodsPerYear = output.input.periods_per_year;
  const script = join(ROOT, "bench", "python", "metrics.py");
  const quantstats = medianOf(runs, () => measure(python, [script, file, `${periodsPerYear}`]));
  const pythonPhases = JSON.parse(quantstats.stdout) as { read_s: number; metrics_s: number };
  const phases = JSON.parse(measure("npx", ["tsx", "bench/metrics-phases.ts", file]).stdout) as {
    readCpuMs: number;
    metricsCpuMs: number;
  };

  timings.push({
    size: size.label,
    rows: size.rows,
    periodsPerYear,
    oursMs: ours.wallMs,
    oursCpuMs: ours.cpuMs,
    bundledMs: bundled.wallMs,
    bundledCpuMs: bundled.cpuMs,
    pythonMs: quantstats.wallMs,
    pythonCpuMs: quantstats.cpuMs,
    readMs: phases.readCpuMs,
    metricsMs: phases.metricsCpuMs,
    pythonReadMs: pythonPhases.read_s * 1000,
    pythonMetricsMs: pythonPhases.metrics_s * 1000,
  });
  process.stderr.write(
    `  ours ${seconds(ours.wallMs)}, QuantStats ${seconds(quantstats.wallMs)} (wall)\n`,
  );
}

const table = markdown(timings);
process.stdout.write(`${table}\n`);
writeFileSync(join(RESULTS, "metrics.md"), `${table}\n`);
writeFileSync(join(RESULTS, "metrics.json"), `${JSON.stringify(timings, null, 2)}\n`);

/** A CSV of `size.rows` returns, normally distributed from a fixed seed, with UTC dates. */
function generate(size: Size): string {
  const random = normal(20_240_601 + size.rows);
  const lines = ["date,return"];
  let t = Date.parse(`${size.start}T00:00:00Z`);
  while (lines.length <= size.rows) {
    const day = new Date(t).getUTCDay();
    if (!size.weekdaysOnly || (day !== 0 && day !== 6)) {
      const stamp = new Date(t).toISOString();
      const date =
        size.stepMs >= MS_PER_DAY ? stamp.slice(0, 10) : stamp.slice(0, 19).replace("T", " ");
      lines.push(`${date},${(0.0002 + size.volatility * random()).toPrecision(10)}`);
    }
    t += size.stepMs;
  }
  return `${lines.join("\n")}\n`;
}

/** Standard normal draws (Box-Muller) from a seeded mulberry32 generator. */
function normal(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return (((x ^ (x >>> 14)) >>> 0) + 0.5) / 4_294_967_296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/**
 * Runs a command from the project folder: its wall time, its CPU time (user + system, of the
 * process and its children, read by GNU time) and its stdout. Throws on failure. CPU time is
 * reported beside wall time because a busy machine stretches the wall clock, not the CPU.
 */
function measure(command: string, args: string[]): Measured {
  const usage = join(RESULTS, "time.txt");
  const start = performance.now();
  const result = spawnSync(TIME, ["-f", "%U %S", "-o", usage, command, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, MPLBACKEND: "Agg" },
  });
  const wallMs = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}${result.stdout}`);
  }
  const [user = NaN, system = NaN] = readFileSync(usage, "utf8").trim().split(/\s+/).map(Number);
  return { wallMs, cpuMs: (user + system) * 1000, stdout: result.stdout };
}

/** Runs `task` `count` times and keeps the run with the median wall time. */
function medianOf(count: number, task: () => Measured): Measured {
  const measured = Array.from({ length: count }, task);
  measured.sort((a, b) => a.wallMs - b.wallMs);
  return measured[Math.floor(measured.length / 2)]!;
}

function markdown(rows: Timing[]): string {
  const header = [
    "| returns | ours: wall (CPU) | QuantStats: wall (CPU) | faster, wall (CPU) " +
      "| ours bundled: wall (CPU) | faster, wall (CPU) " +
      "| ours in-process: read / metrics (CPU) | QuantStats in-process: read / metrics |",
    "|---|---|---|---|---|---|---|---|",
  ];
  const lines = rows.map(
    (row) =>
      `| ${row.size} | ${seconds(row.oursMs)} (${seconds(row.oursCpuMs)}) ` +
      `| ${seconds(row.pythonMs)} (${seconds(row.pythonCpuMs)}) ` +
      `| ${ratio(row.pythonMs, row.oursMs)} (${ratio(row.pythonCpuMs, row.oursCpuMs)}) ` +
      `| ${seconds(row.bundledMs)} (${seconds(row.bundledCpuMs)}) ` +
      `| ${ratio(row.pythonMs, row.bundledMs)} (${ratio(row.pythonCpuMs, row.bundledCpuMs)}) ` +
      `| ${seconds(row.readMs)} / ${seconds(row.metricsMs)} ` +
      `| ${seconds(row.pythonReadMs)} / ${seconds(row.pythonMetricsMs)} |`,
  );
  return [...header, ...lines].join("\n");
}

function ratio(theirs: number, ours: number): string {
  return `${(theirs / ours).toFixed(1)}×`;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
