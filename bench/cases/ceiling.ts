import { BATCH_CONCURRENCY } from "../../scripts/lib/mlflow/batch.ts";
import { type BenchContext, jsonOf } from "../lib/context.ts";
import { type Command, type Spread, interleave, spread } from "../lib/measure.ts";
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
  /** The skill's points per second (logBatch inside its process), in the same rounds. */
  project: Spread;
  /** The Python client's, from the history case. */
  python: Spread;
  /** The skill's median as a share of the ceiling, and of raw requests as many in flight. */
  fraction: number;
  fractionAtSameConcurrency: number;
}

/**
 * The most the server takes: HISTORY_POINTS points sent as raw log-batch requests of 1,000,
 * built in advance, over keep-alive connections, at several concurrencies
 * (bench/clients/raw_log_batch.ts); the best median is the ceiling. The skill's own client
 * (bench/clients/log_history.ts, whose logBatch time is taken inside the process) runs in the
 * same rounds, so both meet the same load on a shared machine.
 */
export async function ceilingCase(
  context: BenchContext,
  pythonRates: number[],
): Promise<CeilingResult> {
  process.stderr.write("Server ceiling: raw concurrent log-batch requests\n");
  const rest = new RawRest(context.url, 1);
  const experimentId = await rest.createExperiment(`bench-ceiling-${Date.now()}`);
  await rest.close();
  const points = ["--points", `${HISTORY_POINTS}`];
  const raw: Command[] = CONCURRENCY_LEVELS.map((concurrency) => ({
    label: `raw log-batch, ${concurrency} in flight`,
    command: context.node,
    args: [
      context.bundles.raw_log_batch!,
      ...["--url", context.url, "--experiment-id", experimentId],
      ...points,
      ...["--concurrency", `${concurrency}`],
    ],
    env: context.nodeEnv,
  }));
  const project: Command = {
    label: "the skill's MlflowClient.logBatch",
    command: context.node,
    args: [context.bundles.log_history!, "--experiment-id", experimentId, ...points],
    env: context.nodeEnv,
  };
  const samples = interleave([...raw, project], context.rounds, context.root);
  const levels = CONCURRENCY_LEVELS.map((concurrency, index) => {
    const taken = samples.get(raw[index]!.label) ?? [];
    const rates = taken.map((s) => jsonOf<{ points_per_second: number }>(s).points_per_second);
    return { concurrency, pointsPerSecond: spread(rates), runs: taken.length };
  });
  const best = levels.reduce((a, b) =>
    b.pointsPerSecond.median > a.pointsPerSecond.median ? b : a,
  );
  const same = levels.find((level) => level.concurrency === BATCH_CONCURRENCY) ?? best;
  const projectRates = (samples.get(project.label) ?? []).map(
    (sample) => HISTORY_POINTS / jsonOf<{ log_s: number }>(sample).log_s,
  );
  const projectRate = spread(projectRates);
  return {
    points: HISTORY_POINTS,
    levels,
    ceiling: { concurrency: best.concurrency, pointsPerSecond: best.pointsPerSecond.median },
    project: projectRate,
    python: spread(pythonRates),
    fraction: projectRate.median / best.pointsPerSecond.median,
    fractionAtSameConcurrency: projectRate.median / same.pointsPerSecond.median,
  };
}
