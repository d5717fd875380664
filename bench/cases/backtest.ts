import { join } from "node:path";

import { type BenchContext, type Row, compareRows, jsonOf } from "../lib/context.ts";
import { type Command, interleave } from "../lib/measure.ts";
import { type RunContents, runContents } from "../lib/raw-rest.ts";
import { writeDailyReturns } from "../lib/returns-file.ts";

export const BACKTEST_CASE = "Log one backtest (2,520 daily returns)";
const ROWS = 2_520;
const GOAL = 3;

/**
 * One backtest logged whole process against whole process, start-up included: the skill's
 * log_backtest bundled and run by plain node (as installed), the same script through tsx (as
 * a developer runs it), and bench/python/log_backtest.py (MLflow's client and QuantStats).
 * Each run goes to a new run of the same experiment. Returns the rows and, for the notes, what
 * one run of each side holds.
 */
export async function backtestCase(
  context: BenchContext,
): Promise<{ rows: Row[]; contents: Record<string, RunContents> }> {
  process.stderr.write(`${BACKTEST_CASE}\n`);
  const file = join(context.results, "data", `daily_${ROWS}.csv`);
  writeDailyReturns(file, ROWS);
  const flags = [
    "--returns",
    file,
    "-e",
    "bench-backtest",
    "--params",
    '{"lookback":"20","universe":"bench"}',
    "--tags",
    '{"strategy":"bench"}',
    "--format",
    "json",
  ];
  const bundled: Command = {
    label: "node log_backtest.mjs",
    command: context.node,
    args: [context.bundles.log_backtest!, ...flags, "--run-name", "node"],
    env: context.nodeEnv,
  };
  const tsx: Command = {
    label: "npx tsx scripts/log_backtest.ts",
    command: "npx",
    args: ["tsx", "scripts/log_backtest.ts", ...flags, "--run-name", "tsx"],
    env: context.nodeEnv,
  };
  const python: Command = {
    label: "python log_backtest.py (mlflow + quantstats)",
    command: context.python,
    args: [join(context.root, "bench", "python", "log_backtest.py"), file, "bench-backtest", "py"],
    env: context.pythonEnv,
  };

  const runIds: Record<string, string> = {};
  const samples = interleave([bundled, tsx, python], context.rounds, context.root, (command, s) => {
    const result = jsonOf<{ status?: string; run_id?: string }>(s);
    if (!result.run_id || (result.status !== undefined && result.status !== "ok")) {
      throw new Error(`${command.label} did not log a run: ${s.stdout.slice(0, 500)}`);
    }
    runIds[command.label] ??= result.run_id;
  });
  const contents: Record<string, RunContents> = {};
  for (const [label, runId] of Object.entries(runIds)) {
    contents[label] = await runContents(context.url, runId);
  }
  const rows = compareRows(BACKTEST_CASE, samples, python, { [bundled.label]: GOAL });
  return { rows, contents };
}
