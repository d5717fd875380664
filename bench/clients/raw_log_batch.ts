/**
 * The server's ceiling for logging metric history: `--points` points of one metric to one new
 * run, as log-batch requests of 1,000 points built before the clock starts, `--concurrency`
 * of them in flight over as many keep-alive connections. No validation, no retries: the most
 * a client could get from this server. Prints one JSON object: points, requests, concurrency,
 * seconds, points_per_second.
 *
 * Usage: node raw_log_batch.mjs --url URL --experiment-id ID --points N --concurrency C
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

import { RawRest, inParallel } from "../lib/raw-rest.ts";

const BATCH = 1000;

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    "experiment-id": { type: "string" },
    points: { type: "string", default: "100000" },
    concurrency: { type: "string", default: "4" },
  },
});
if (values.url === undefined || values["experiment-id"] === undefined) {
  process.stderr.write("usage: raw_log_batch --url URL --experiment-id ID [--points N]\n");
  process.exit(2);
}
const points = Number(values.points);
const concurrency = Number(values.concurrency);

const rest = new RawRest(values.url, concurrency);
const runId = await rest.createRun(values["experiment-id"], `raw-${points}-c${concurrency}`);
const base = Date.now();
const bodies: string[] = [];
for (let start = 0; start < points; start += BATCH) {
  const metrics = [];
  for (let step = start; step < Math.min(points, start + BATCH); step += 1) {
    metrics.push({ key: "loss", value: Math.sin(step / 100), timestamp: base + step, step });
  }
  bodies.push(JSON.stringify({ run_id: runId, metrics }));
}

const started = performance.now();
await inParallel(bodies.length, concurrency, (index) =>
  rest.post("/runs/log-batch", bodies[index]).then(() => undefined),
);
const seconds = (performance.now() - started) / 1000;
await rest.close();
process.stdout.write(
  `${JSON.stringify({
    run_id: runId,
    points,
    requests: bodies.length,
    concurrency,
    seconds,
    points_per_second: points / seconds,
  })}\n`,
);
