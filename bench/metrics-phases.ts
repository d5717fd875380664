/**
 * Inside one process, how long reading a returns file takes against computing every metric on
 * it: the second half of the speed goal (metrics no slower than the read). Used by
 * bench/metrics.ts; prints one JSON object with milliseconds, wall and CPU.
 *
 * Usage: npx tsx bench/metrics-phases.ts FILE
 */
import { performance } from "node:perf_hooks";

import { readSeries } from "../scripts/lib/input/read-series.ts";
import { computeMetrics, inferPeriodsPerYear } from "../scripts/lib/metrics/index.ts";

const file = process.argv[2];
if (file === undefined) {
  process.stderr.write("usage: npx tsx bench/metrics-phases.ts FILE\n");
  process.exit(2);
}

const start = now();
const series = await readSeries(file);
const read = now();
const { periodsPerYear } = inferPeriodsPerYear(series.timestamps);
const metrics = computeMetrics(series, { periodsPerYear, riskFreeRate: 0 });
const computed = now();

process.stdout.write(
  `${JSON.stringify({
    rows: series.returns.length,
    periodsPerYear,
    metrics: Object.keys(metrics).length,
    readMs: read.wall - start.wall,
    metricsMs: computed.wall - read.wall,
    readCpuMs: read.cpu - start.cpu,
    metricsCpuMs: computed.cpu - read.cpu,
  })}\n`,
);

/** Wall clock and this process's CPU time (user + system), in ms. */
function now(): { wall: number; cpu: number } {
  const { user, system } = process.cpuUsage();
  return { wall: performance.now(), cpu: (user + system) / 1000 };
}
