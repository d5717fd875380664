import { type BenchContext, jsonOf } from "../lib/context.ts";
import { type Spread, interleave, spread } from "../lib/measure.ts";
import { RawRest } from "../lib/raw-rest.ts";
import { HISTORY_POINTS } from "./history.ts";

export const CONCURRENCY_LEVELS = [1, 2, 4, 8, 16];
/** The skill's throughput must reach this share of the server's ceiling. */
export const CEILING_GOAL = 0.8;

export interface CeilingResult {
  points: number;
  /** Points per second of raw log-batch requests at each concurrency. */
  levels: { concurrency: number; pointsPerSecond: Spread; runs: number }[];
  ceiling: { concurrency: number; pointsPerSecond: number };
  project: Spread;
  python: Spread;
  /** The skill's median throughput as a share of the ceiling. */
  fraction: number;
}

/**
 * The most the server takes: HISTORY_POINTS points sent as raw log-batch requests of 1,000,
 * built in advance, over keep-alive connections, at several concurrencies
 * (bench/clients/raw_log_batch.ts). The best median is the ceiling; the skill's own rate
 * (logBatch inside its process, from the history case) is reported as a share of it.
 */
export async function ceilingCase(
  context: BenchContext,
  projectRates: number[],
  pythonRates: number[],
): Promise<CeilingResult> {
  process.stderr.write("Server ceiling: raw concurrent log-batch requests\n");
  const rest = new RawRest(context.url, 1);
  const experimentId = await rest.createExperiment(`bench-ceiling-${Date.now()}`);
  await rest.close();
  const commands = CONCURRENCY_LEVELS.map((concurrency) => ({
    label: `raw log-batch, ${concurrency} in flight`,
    command: context.node,
    args: [
      context.bundles.raw_log_batch!,
      ...["--url", context.url, "--experiment-id", experimentId],
      ...["--points", `${HISTORY_POINTS}`, "--concurrency", `${concurrency}`],
    ],
    env: context.nodeEnv,
  }));
  const samples = interleave(commands, context.rounds, context.root);
  const levels = CONCURRENCY_LEVELS.map((concurrency, index) => {
    const taken = samples.get(commands[index]!.label) ?? [];
    const rates = taken.map((sample) => jsonOf<{ points_per_second: number }>(sample));
    return {
      concurrency,
      pointsPerSecond: spread(rates.map((rate) => rate.points_per_second)),
      runs: taken.length,
    };
  });
  const best = levels.reduce((a, b) =>
    b.pointsPerSecond.median > a.pointsPerSecond.median ? b : a,
  );
  const project = spread(projectRates);
  return {
    points: HISTORY_POINTS,
    levels,
    ceiling: { concurrency: best.concurrency, pointsPerSecond: best.pointsPerSecond.median },
    project,
    python: spread(pythonRates),
    fraction: project.median / best.pointsPerSecond.median,
  };
}
