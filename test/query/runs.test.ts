import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { ViewType } from "../../scripts/lib/mlflow/types.ts";
import { flatRunRow, runRecord, searchRuns } from "../../scripts/lib/query/runs.ts";
import { testClient } from "../helpers/client.ts";
import { type SeededRun, seedExperiment } from "./fixtures.ts";

const T0 = 1_750_000_000_000;
const client = testClient();
let experimentId: string;
let runs: Record<string, SeededRun>;

// Four runs with hand-picked values; every expected list below follows from them and from
// MLflow's default order, newest start_time first. "delta" is deleted in beforeAll.
beforeAll(async () => {
  const seeded = await seedExperiment(client, "runs", [
    {
      name: "alpha",
      startTime: T0,
      metrics: { sharpe_ratio: 2.0, cagr: 0.3 },
      params: { lookback: "20", universe: "SP500" },
      tags: { strategy: "momentum" },
    },
    {
      name: "beta",
      startTime: T0 + 1000,
      metrics: { sharpe_ratio: 1.2, cagr: 0.1 },
      params: { lookback: "50", universe: "NASDAQ" },
      tags: { strategy: "meanrev" },
    },
    {
      name: "gamma",
      startTime: T0 + 2000,
      metrics: { sharpe_ratio: 1.6, cagr: 0.2, max_drawdown: Number.NaN },
      params: { lookback: "20", universe: "SP500" },
      tags: { strategy: "momentum" },
    },
    {
      name: "delta",
      startTime: T0 + 3000,
      metrics: { sharpe_ratio: -0.5 },
      params: { lookback: "100" },
      tags: { strategy: "carry" },
    },
  ]);
  experimentId = seeded.experimentId;
  runs = Object.fromEntries(seeded.runs.map((run) => [run.name, run]));
  await client.deleteRun(runs.delta!.runId);
});
afterAll(() => client.close());

async function names(filter?: string, orderBy: string[] = [], viewType: ViewType = "ACTIVE_ONLY") {
  const result = await searchRuns(client, {
    experimentIds: [experimentId],
    filter,
    orderBy,
    viewType,
    limit: 100,
  });
  return result.runs.map((run) => run.info.runName);
}

describe("searchRuns filters on the real server", () => {
  it("filters on metrics", async () => {
    expect(await names("metrics.sharpe_ratio > 1.5")).toEqual(["gamma", "alpha"]);
    expect(await names("metrics.cagr <= 0.1")).toEqual(["beta"]);
  });

  it("filters on params", async () => {
    expect(await names("params.lookback = '20'")).toEqual(["gamma", "alpha"]);
    expect(await names("params.universe != 'SP500'")).toEqual(["beta"]);
  });

  it("filters on tags, with LIKE and ILIKE", async () => {
    expect(await names("tags.strategy LIKE 'mom%'")).toEqual(["gamma", "alpha"]);
    expect(await names("tags.strategy ILIKE 'MEAN%'")).toEqual(["beta"]);
  });

  it("filters on attributes", async () => {
    expect(await names("attributes.run_name = 'beta'")).toEqual(["beta"]);
    expect(await names(`attributes.start_time >= ${T0 + 1000}`)).toEqual(["gamma", "beta"]);
    expect(await names(`attributes.run_id IN ('${runs.alpha!.runId}')`)).toEqual(["alpha"]);
  });

  it("combines conditions with AND", async () => {
    expect(await names("metrics.sharpe_ratio > 1 AND params.universe = 'SP500'")).toEqual([
      "gamma",
      "alpha",
    ]);
  });

  it("orders by a metric, and by several terms", async () => {
    expect(await names(undefined, ["metrics.sharpe_ratio DESC"])).toEqual([
      "alpha",
      "gamma",
      "beta",
    ]);
    expect(await names(undefined, ["params.lookback ASC, metrics.cagr DESC"])).toEqual([
      "alpha",
      "gamma",
      "beta",
    ]);
  });

  it("shows deleted runs only in the deleted and all views", async () => {
    expect(await names(undefined, [], "DELETED_ONLY")).toEqual(["delta"]);
    expect(await names(undefined, [], "ALL")).toEqual(["delta", "gamma", "beta", "alpha"]);
  });
});

describe("run shapes", () => {
  it("gives the JSON record with attributes, metrics, params and tags", async () => {
    const result = await searchRuns(client, {
      experimentIds: [experimentId],
      filter: "attributes.run_name = 'gamma'",
      viewType: "ACTIVE_ONLY",
      limit: 1,
    });

    const record = runRecord(result.runs[0]!);

    expect(Object.keys(record)).toEqual([
      "run_id",
      "run_name",
      "experiment_id",
      "status",
      "start_time",
      "end_time",
      "user_id",
      "artifact_uri",
      "lifecycle_stage",
      "metrics",
      "params",
      "tags",
    ]);
    expect(record).toMatchObject({
      run_id: runs.gamma!.runId,
      run_name: "gamma",
      experiment_id: experimentId,
      status: "FINISHED",
      start_time: T0 + 2000,
      end_time: T0 + 3000,
      params: { lookback: "20", universe: "SP500" },
      tags: { strategy: "momentum" },
    });
    // NaN was logged for max_drawdown; the server sends it back as the string "NaN".
    expect(record.metrics.max_drawdown).toBeNaN();
    expect(record.metrics.sharpe_ratio).toBe(1.6);
  });

  it("narrows a record's keys and flattens a run into one row", async () => {
    const result = await searchRuns(client, {
      experimentIds: [experimentId],
      filter: "attributes.run_name = 'alpha'",
      viewType: "ACTIVE_ONLY",
      limit: 1,
    });
    const run = result.runs[0]!;

    const narrowed = runRecord(run, {
      metrics: (key) => key === "cagr",
      params: () => false,
      tags: () => false,
    });
    const row = flatRunRow(run);

    expect(narrowed.metrics).toEqual({ cagr: 0.3 });
    expect(narrowed.params).toEqual({});
    expect(row).toMatchObject({
      run_name: "alpha",
      "metrics.sharpe_ratio": 2,
      "params.universe": "SP500",
      "tags.strategy": "momentum",
    });
  });
});
