import { join } from "node:path";

import { type BenchContext, type Row, compareRows, jsonOf } from "../lib/context.ts";
import { type Command, type Sample, interleave } from "../lib/measure.ts";
import { RawRest } from "../lib/raw-rest.ts";

export const HISTORY_POINTS = 100_000;
const GOAL = 3;

export function historyCaseName(points: number): string {
  return `Log ${points.toLocaleString("en-US")} history points to one run`;
}

export interface HistoryResult {
  rows: Row[];
  /** Points per second inside the Python process (log_batch and run creation), per run. */
  pythonRates: number[];
}

/**
 * `points` points of one metric to a new run, whole process: the skill's MlflowClient.logBatch
 * (bench/clients/log_history.ts, bundled) against MlflowClient.log_batch in Python. Each run
 * also reports the time its logging call took inside the process.
 */
export async function historyCase(
  context: BenchContext,
  points: number,
  rounds: number,
): Promise<HistoryResult> {
  const name = historyCaseName(points);
  process.stderr.write(`${name}\n`);
  const rest = new RawRest(context.url, 1);
  const experimentId = await rest.createExperiment(`bench-history-${points}-${Date.now()}`);
  await rest.close();

  const project: Command = {
    label: "node log_history.mjs (MlflowClient.logBatch)",
    command: context.node,
    args: [context.bundles.log_history!, "--experiment-id", experimentId, "--points", `${points}`],
    env: context.nodeEnv,
  };
  const python: Command = {
    label: "python log_history.py (MlflowClient.log_batch)",
    command: context.python,
    args: [join(context.root, "bench", "python", "log_history.py"), experimentId, `${points}`],
    env: context.pythonEnv,
  };
  const samples = interleave([project, python], rounds, context.root, (command, sample) => {
    if (jsonOf<{ points?: number }>(sample).points !== points) {
      throw new Error(`${command.label} did not log ${points} points: ${sample.stdout}`);
    }
  });
  const rates = (taken: Sample[] | undefined) =>
    (taken ?? []).map((sample) => points / jsonOf<{ log_s: number }>(sample).log_s);
  return {
    rows: compareRows(name, samples, python, { [project.label]: GOAL }),
    pythonRates: rates(samples.get(python.label)),
  };
}
