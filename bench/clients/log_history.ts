/**
 * The project's side of the "log metric history" case: `--points` points of one metric to a
 * new run through the skill's own MlflowClient.logBatch (requests of 1,000, up to
 * BATCH_CONCURRENCY in flight), configured from MLFLOW_TRACKING_URI like the scripts. Bundled
 * and run by plain node, as the skill's scripts are. Prints one JSON object: run_id, points,
 * requests, and the seconds logBatch took (log_s) inside the process.
 *
 * Usage: node log_history.mjs --experiment-id ID --points N
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

import { readTrackingSettings } from "../../scripts/lib/config/settings.ts";
import { MlflowClient } from "../../scripts/lib/mlflow/client.ts";
import type { MetricPoint } from "../../scripts/lib/mlflow/types.ts";

const { values } = parseArgs({
  options: {
    "experiment-id": { type: "string" },
    points: { type: "string", default: "100000" },
  },
});
if (values["experiment-id"] === undefined) {
  process.stderr.write("usage: log_history --experiment-id ID [--points N]\n");
  process.exit(2);
}
const points = Number(values.points);

const client = new MlflowClient(readTrackingSettings());
const run = await client.createRun({
  experimentId: values["experiment-id"],
  runName: `project-history-${points}`,
});
const base = Date.now();
const metrics: MetricPoint[] = [];
for (let step = 0; step < points; step += 1) {
  metrics.push({ key: "loss", value: Math.sin(step / 100), timestamp: base + step, step });
}

const started = performance.now();
const requests = await client.logBatch(run.info.runId, { metrics });
const logSeconds = (performance.now() - started) / 1000;
await client.updateRun(run.info.runId, { status: "FINISHED", endTime: Date.now() });
await client.close();
process.stdout.write(
  `${JSON.stringify({ run_id: run.info.runId, points, requests, log_s: logSeconds })}\n`,
);
