import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { NotFoundError } from "../../scripts/lib/query/experiments.ts";
import { metricHistories, samplePoints, summarise } from "../../scripts/lib/query/history.ts";
import { testClient } from "../helpers/client.ts";
import { seedExperiment } from "./fixtures.ts";

const client = testClient();
const T0 = 1_700_000_000_000;
const DAY_MS = 86_400_000;
/** Points in the equity history: more than one log-batch request of 1,000 can carry. */
const POINTS = 1_500;
let runId: string;

// An equity curve of 1,500 daily points, logged in reverse order so that sorting is tested,
// plus a single-point metric.
beforeAll(async () => {
  const history = Array.from({ length: POINTS }, (_, i) => ({
    key: "equity",
    value: 1 + i / 1000,
    timestamp: T0 + i * DAY_MS,
    step: i,
  })).reverse();
  const seeded = await seedExperiment(client, "history", [
    { name: "curve", startTime: T0, metrics: { sharpe_ratio: 1.2 }, history },
  ]);
  runId = seeded.runs[0]!.runId;
});
afterAll(() => client.close());

describe("metricHistories on the real server", () => {
  it("reads every point of a metric, ordered by step", async () => {
    const { series, missing } = await metricHistories(client, runId, ["equity"]);
    const points = series[0]!.points;

    expect(missing).toEqual([]);
    expect(points).toHaveLength(POINTS);
    expect(points[0]).toMatchObject({ step: 0, value: 1, timestamp: T0 });
    // Step 1,499 was logged with value 1 + 1499/1000.
    expect(points.at(-1)).toMatchObject({ step: 1499, value: 2.499 });
  });

  it("reads every metric with all, and reports keys the run lacks", async () => {
    const all = await metricHistories(client, runId, "all");
    const some = await metricHistories(client, runId, ["sharpe_ratio", "nope"]);

    expect(all.series.map((s) => [s.key, s.points.length])).toEqual([
      ["equity", POINTS],
      ["sharpe_ratio", 1],
    ]);
    expect(some.missing).toEqual(["nope"]);
    expect(some.series.map((s) => s.key)).toEqual(["sharpe_ratio"]);
  });

  it("refuses when the run has none of the keys, suggesting the nearest", async () => {
    const error = await metricHistories(client, runId, ["equty"]).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).nextStep).toMatch(/^Did you mean equity\?/);
  });

  it("summarises a series: counts, ranges and the last value", async () => {
    const { series } = await metricHistories(client, runId, ["equity"]);

    expect(summarise(series[0]!)).toEqual({
      key: "equity",
      points: POINTS,
      first_step: 0,
      last_step: 1499,
      first_time: T0,
      last_time: T0 + 1499 * DAY_MS,
      min: 1,
      max: 2.499,
      last: 2.499,
    });
  });
});

describe("samplePoints", () => {
  it("spreads picks evenly and keeps the first and the last", () => {
    const points = Array.from({ length: 101 }, (_, i) => i);

    // Indexes round(i * 100 / 4) for i = 0..4.
    expect(samplePoints(points, 5)).toEqual([0, 25, 50, 75, 100]);
    expect(samplePoints(points, 0)).toHaveLength(101);
    expect(samplePoints([1, 2], 5)).toEqual([1, 2]);
  });
});
