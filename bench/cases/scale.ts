import { spawnSync } from "node:child_process";
import { join } from "node:path";

import { type BenchContext, type Row } from "../lib/context.ts";
import { populateRuns } from "../lib/populate.ts";
import { RawRest } from "../lib/raw-rest.ts";
import { historyCase } from "./history.ts";
import { searchCase } from "./search.ts";

/** The sizes of the scale runs; the middle ones are the routine cases, not run again. */
export const HISTORY_SIZES = [10_000, 1_000_000];
export const RUN_SIZES = [1_000, 100_000];

export interface Populated {
  id: string;
  name: string;
  runs: number;
}

/**
 * How time and peak memory grow: history points 10,000 and 1,000,000 (100,000 is the routine
 * case), searches of 1,000 and 100,000 runs (10,000 is the routine case). The 1,000 runs are
 * logged over REST; the 100,000 are the routine 10,000 copied ten times in SQL
 * (bench/python/clone_runs.py), since REST would take hours here. The largest sizes run once.
 */
export async function scaleCase(context: BenchContext, routine: Populated): Promise<Row[]> {
  const rows: Row[] = [];
  for (const points of HISTORY_SIZES) {
    const rounds = points > 100_000 ? 1 : context.rounds;
    rows.push(...(await historyCase(context, points, rounds)).rows);
  }
  for (const runs of RUN_SIZES) {
    const experiment =
      runs <= routine.runs
        ? await populated(context, runs)
        : cloned(context, routine, runs, await newExperiment(context, `bench-search-${runs}`));
    const rounds = runs > routine.runs ? 1 : context.rounds;
    rows.push(...searchCase(context, experiment, rounds, false));
  }
  return rows;
}

async function populated(context: BenchContext, runs: number): Promise<Populated> {
  const name = `bench-search-${runs}`;
  process.stderr.write(`Populating ${runs} runs over REST\n`);
  return { id: await populateRuns(context.url, name, runs), name, runs };
}

async function newExperiment(
  context: BenchContext,
  name: string,
): Promise<{ id: string; name: string }> {
  const rest = new RawRest(context.url, 1);
  try {
    return { id: await rest.createExperiment(name), name };
  } finally {
    await rest.close();
  }
}

function cloned(
  context: BenchContext,
  source: Populated,
  runs: number,
  target: { id: string; name: string },
): Populated {
  const copies = Math.round(runs / source.runs);
  process.stderr.write(`Copying ${source.runs} runs ${copies} times in SQL\n`);
  const result = spawnSync(
    context.python,
    [
      join(context.root, "bench", "python", "clone_runs.py"),
      join(context.serverDataDir, "mlflow.db"),
      source.id,
      target.id,
      `${copies}`,
    ],
    { encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`clone_runs.py failed: ${result.stderr}`);
  return { ...target, runs: source.runs * copies };
}
