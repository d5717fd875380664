import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { UsageError } from "../../scripts/lib/errors.ts";
import { compareRuns } from "../../scripts/lib/query/compare.ts";
import { NotFoundError } from "../../scripts/lib/query/experiments.ts";
import { testClient } from "../helpers/client.ts";
import { type SeededRun, seedExperiment } from "./fixtures.ts";

const client = testClient();
let first: SeededRun;
let second: SeededRun;

// Two runs sharing some values and not others; every expectation follows from these values.
beforeAll(async () => {
  const seeded = await seedExperiment(client, "compare", [
    {
      name: "first",
      startTime: 1_700_000_000_000,
      metrics: { sharpe_ratio: 1.5, cagr: 0.2, drift: Number.NaN, noise: 0.1 + 0.2, small: 1e-9 },
      params: { lookback: "20", universe: "SP500" },
      tags: { desk: "rates" },
    },
    {
      name: "second",
      startTime: 1_700_000_001_000,
      metrics: {
        sharpe_ratio: 2.0,
        cagr: 0.2,
        drift: Number.NaN,
        extra: 1,
        noise: 0.3,
        small: 1.000001e-9,
      },
      params: { lookback: "50", universe: "SP500" },
      tags: { desk: "credit" },
    },
  ]);
  [first, second] = seeded.runs as [SeededRun, SeededRun];
});
afterAll(() => client.close());

describe("compareRuns on the real server", () => {
  it("lines up attributes, params and metrics, marking what differs", async () => {
    const { runs, rows } = await compareRuns(client, [first.runId, second.runId], {
      withTags: false,
    });
    const byKey = Object.fromEntries(rows.map((row) => [`${row.kind}.${row.key}`, row]));

    expect(runs.map((run) => run.info.runName)).toEqual(["first", "second"]);
    expect(rows.map((row) => `${row.kind}.${row.key}`)).toEqual([
      "attribute.run_name",
      "attribute.experiment_id",
      "attribute.status",
      "attribute.start_time",
      "attribute.end_time",
      "param.lookback",
      "param.universe",
      "metric.cagr",
      "metric.drift",
      "metric.extra",
      "metric.noise",
      "metric.sharpe_ratio",
      "metric.small",
    ]);
    expect(byKey["param.lookback"]).toMatchObject({ values: ["20", "50"], differs: true });
    expect(byKey["param.universe"]).toMatchObject({ values: ["SP500", "SP500"], differs: false });
    // 2.0 - 1.5, both logged above.
    expect(byKey["metric.sharpe_ratio"]).toMatchObject({ differs: true, delta: 0.5 });
    expect(byKey["metric.cagr"]).toMatchObject({ differs: false, delta: 0 });
    // NaN in both runs counts as the same value; a key only one run has differs.
    expect(byKey["metric.drift"]?.differs).toBe(false);
    expect(byKey["metric.extra"]).toMatchObject({ values: [undefined, 1], differs: true });
    expect(byKey["attribute.experiment_id"]?.differs).toBe(false);
    // 0.1 + 0.2 is 0.30000000000000004, one part in 10^16 from 0.3: floating-point noise, the
    // same number. 1e-9 and 1.000001e-9 are one part in a million apart: a real difference.
    expect(byKey["metric.noise"]?.differs).toBe(false);
    expect(byKey["metric.small"]?.differs).toBe(true);
  });

  it("adds tags when asked", async () => {
    const { rows } = await compareRuns(client, [first.runId, second.runId], { withTags: true });
    const desk = rows.find((row) => row.kind === "tag" && row.key === "desk");

    expect(desk).toMatchObject({ values: ["rates", "credit"], differs: true });
  });

  it("needs two different runs, and says which run id is unknown", async () => {
    await expect(
      compareRuns(client, [first.runId, first.runId], { withTags: false }),
    ).rejects.toThrow(UsageError);
    await expect(
      compareRuns(client, [first.runId, "0123456789abcdef0123456789abcdef"], { withTags: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
