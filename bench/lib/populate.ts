import { performance } from "node:perf_hooks";

import { RawRest, inParallel } from "./raw-rest.ts";

/** What every populated run holds, as the issue asks: 50 metrics and 20 params. */
export const METRICS_PER_RUN = 50;
export const PARAMS_PER_RUN = 20;
/** Requests in flight while populating: enough to keep a two-core server busy. */
const POPULATE_CONCURRENCY = 8;

/**
 * Fills a new experiment with `count` runs of METRICS_PER_RUN metrics and PARAMS_PER_RUN params
 * each, with raw concurrent REST calls, outside any timing: two per run (create, log-batch), so
 * the runs stay RUNNING; ending them would take a third request and change no search. Values
 * come from the run's index, so every run differs. Returns the experiment's id.
 */
export async function populateRuns(url: string, name: string, count: number): Promise<string> {
  const rest = new RawRest(url, POPULATE_CONCURRENCY);
  const started = performance.now();
  try {
    const experimentId = await rest.createExperiment(name);
    let done = 0;
    await inParallel(count, POPULATE_CONCURRENCY, async (index) => {
      const runId = await rest.createRun(experimentId, `run-${index}`);
      const now = Date.now();
      const metrics = Array.from({ length: METRICS_PER_RUN }, (_, m) => ({
        key: `metric_${String(m).padStart(2, "0")}`,
        value: Math.sin(index * 0.37 + m) * (m + 1),
        timestamp: now,
        step: 0,
      }));
      const params = Array.from({ length: PARAMS_PER_RUN }, (_, p) => ({
        key: `param_${String(p).padStart(2, "0")}`,
        value: `value-${(index * 7 + p) % 97}`,
      }));
      const tags = [{ key: "universe", value: index % 2 === 0 ? "SP500" : "NASDAQ100" }];
      await rest.post("/runs/log-batch", { run_id: runId, metrics, params, tags });
      done += 1;
      if (done % 5000 === 0) {
        const rate = done / ((performance.now() - started) / 1000);
        process.stderr.write(`  ${done} of ${count} runs (${rate.toFixed(0)} runs/s)\n`);
      }
    });
    const elapsed = (performance.now() - started) / 1000;
    process.stderr.write(`  ${count} runs in ${elapsed.toFixed(0)} s\n`);
    return experimentId;
  } finally {
    await rest.close();
  }
}
