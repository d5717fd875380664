import { closeSync, openSync, readSync, rmSync } from "node:fs";
import { join } from "node:path";

import { type BenchContext, type Row, compareRows, jsonOf, summarize } from "../lib/context.ts";
import { type Command, interleave } from "../lib/measure.ts";
import { METRICS_PER_RUN, PARAMS_PER_RUN } from "../lib/populate.ts";

export const SEARCH_RUNS = 10_000;
const GOAL = 3;

export function searchCaseName(runs: number): string {
  return (
    `Search ${runs.toLocaleString("en-US")} runs ` +
    `(${METRICS_PER_RUN} metrics, ${PARAMS_PER_RUN} params) to CSV`
  );
}

/**
 * Every run of one populated experiment to a CSV file, whole process: the skill's
 * `query_runs runs --all --format csv` (bundled, plain node, stdout to the file) against
 * `mlflow.search_runs` written with pandas (bench/python/search_runs.py). Both files are
 * checked for every run and every metric and param column. With `floor`, the server's own time
 * is measured too: the same pages fetched raw, one at a time and in two start-time ranges at
 * once (bench/clients/raw_search.ts).
 */
export function searchCase(
  context: BenchContext,
  experiment: { id: string; name: string; runs: number },
  rounds: number,
  floor: boolean,
): Row[] {
  const name = searchCaseName(experiment.runs);
  process.stderr.write(`${name}\n`);
  const ours = join(context.results, "out", `query_runs_${experiment.runs}.csv`);
  const theirs = join(context.results, "out", `search_runs_${experiment.runs}.csv`);
  const project: Command = {
    label: "node query_runs.mjs runs --all --format csv",
    command: context.node,
    args: [context.bundles.query_runs!, "runs", "--all", "--format", "csv", "-e", experiment.name],
    env: context.nodeEnv,
    stdoutFile: ours,
  };
  const python: Command = {
    label: "python search_runs.py (mlflow.search_runs + to_csv)",
    command: context.python,
    args: [join(context.root, "bench", "python", "search_runs.py"), experiment.name, theirs],
    env: context.pythonEnv,
  };
  const raw = (split: number): Command => ({
    label: `server floor: raw pages, ${split === 1 ? "one at a time" : `${split} ranges at once`}`,
    command: context.node,
    args: [
      context.bundles.raw_search!,
      ...["--url", context.url, "--experiment-id", experiment.id, "--split", `${split}`],
    ],
    env: context.nodeEnv,
  });
  const floors = floor ? [raw(1), raw(2)] : [];

  const samples = interleave([project, python, ...floors], rounds, context.root, (command) => {
    if (command === project) checkCsv(ours, experiment.runs);
    if (command === python) checkCsv(theirs, experiment.runs);
  });
  for (const floorCommand of floors) {
    const runs = samples.get(floorCommand.label)?.map((s) => jsonOf<{ runs: number }>(s).runs);
    if (runs?.some((count) => count !== experiment.runs)) {
      throw new Error(`${floorCommand.label} found ${runs} runs, not ${experiment.runs}`);
    }
  }
  rmSync(ours, { force: true });
  rmSync(theirs, { force: true });

  const rows = compareRows(
    name,
    new Map([...samples].filter(([label]) => !label.startsWith("server floor"))),
    python,
    { [project.label]: GOAL },
  );
  for (const floorCommand of floors) {
    const row = summarize(name, floorCommand.label, samples.get(floorCommand.label) ?? []);
    row.note = "no client work: the time the server takes to answer the same pages";
    rows.push(row);
  }
  return rows;
}

/** Throws unless the CSV has one line per run and a column for every metric and param. */
function checkCsv(path: string, runs: number): void {
  const { header, lines } = countLines(path);
  const columns = header.split(",");
  const metrics = columns.filter((column) => column.startsWith("metrics.")).length;
  const params = columns.filter((column) => column.startsWith("params.")).length;
  if (lines - 1 !== runs || metrics !== METRICS_PER_RUN || params !== PARAMS_PER_RUN) {
    throw new Error(
      `${path}: ${lines - 1} rows, ${metrics} metric and ${params} param columns; ` +
        `expected ${runs}, ${METRICS_PER_RUN} and ${PARAMS_PER_RUN}`,
    );
  }
}

/** The first line of a file and how many lines it has, read a megabyte at a time. */
function countLines(path: string): { header: string; lines: number } {
  const fd = openSync(path, "r");
  const buffer = Buffer.alloc(1 << 20);
  let header = "";
  let lines = 0;
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      if (lines === 0) header += buffer.subarray(0, read).toString("utf8").split("\n")[0];
      for (let i = 0; i < read; i += 1) if (buffer[i] === 0x0a) lines += 1;
    }
  } finally {
    closeSync(fd);
  }
  return { header, lines };
}
