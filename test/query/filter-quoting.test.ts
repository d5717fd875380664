import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  keyNeedsQuoting,
  quoteFilterKeys,
  quoteOrderBy,
} from "../../scripts/lib/query/filter-quoting.ts";
import { searchRuns } from "../../scripts/lib/query/runs.ts";
import { testClient } from "../helpers/client.ts";
import { type SeededRun, seedExperiment } from "./fixtures.ts";

describe("quoteFilterKeys", () => {
  // Expected texts: the grammar's backtick quoting, as documented in MLflow's search_utils and
  // accepted by the real server in the tests further down.
  it("puts a key with a dash in backticks and leaves the rest as written", () => {
    const quoted = quoteFilterKeys("metrics.f1-score > 0.8 and params.lr = '0.1'");

    expect(quoted.text).toBe("metrics.`f1-score` > 0.8 and params.lr = '0.1'");
    expect(quoted.quoted).toEqual(["metrics.f1-score"]);
    expect(quoted.references).toEqual([
      { kind: "metrics", key: "f1-score" },
      { kind: "params", key: "lr" },
    ]);
  });

  it("quotes keys with spaces, slashes, colons and SQL words, before any operator", () => {
    const filter =
      "metrics.train/loss<=1 AND params.my param LIKE 'a%' AND tags.a:b != 'x' AND metrics.from >= 2";

    expect(quoteFilterKeys(filter).text).toBe(
      "metrics.`train/loss`<=1 AND params.`my param` LIKE 'a%' AND tags.`a:b` != 'x' AND " +
        "metrics.`from` >= 2",
    );
  });

  it("leaves keys already quoted, dotted tag keys and string values alone", () => {
    const filter =
      "metrics.`f1-score` > 1 AND tags.mlflow.runName = 'a and b' AND params.\"x-y\" = 'metrics.z-w > 1'";

    const quoted = quoteFilterKeys(filter);

    expect(quoted.text).toBe(filter);
    expect(quoted.quoted).toEqual([]);
    expect(quoted.references.map((r) => r.key)).toEqual(["f1-score", "mlflow.runName", "x-y"]);
  });

  it("reads every spelling of the entity types and IS NULL / IN operators", () => {
    const quoted = quoteFilterKeys(
      "metric.a-b > 1 and parameters.c-d IS NULL and attr.run_id IN ('x') and dataset.name = 'd'",
    );

    expect(quoted.text).toBe(
      "metric.`a-b` > 1 and parameters.`c-d` IS NULL and attr.run_id IN ('x') and dataset.name = 'd'",
    );
    expect(quoted.references.map((r) => r.kind)).toEqual([
      "metrics",
      "params",
      "attributes",
      "datasets",
    ]);
  });

  it("leaves bare attributes and text it cannot read to the server", () => {
    expect(quoteFilterKeys("status = 'FINISHED' OR run_name = 'x'").text).toBe(
      "status = 'FINISHED' OR run_name = 'x'",
    );
  });
});

describe("quoteOrderBy", () => {
  it("splits comma-separated terms and quotes keys that need it", () => {
    const ordered = quoteOrderBy(["metrics.f1-score DESC, start_time", "params.`a b` ASC"]);

    expect(ordered.terms).toEqual(["metrics.`f1-score` DESC", "start_time", "params.`a b` ASC"]);
    expect(ordered.quoted).toEqual(["metrics.f1-score"]);
  });
});

describe("keyNeedsQuoting", () => {
  it.each([
    ["sharpe_ratio", false],
    ["mlflow.runName", false],
    ["f1-score", true],
    ["my key", true],
    ["a/b", true],
    ["from", true],
    ["1d_return", true],
  ])("%s needs quoting: %s", (key, expected) => {
    expect(keyNeedsQuoting(key)).toBe(expected);
  });
});

describe("quoted filters on the real server", () => {
  const client = testClient();
  let runs: SeededRun[];
  let experimentId: string;

  beforeAll(async () => {
    const seeded = await seedExperiment(client, "quoting", [
      {
        name: "low",
        startTime: 1_700_000_000_000,
        metrics: { "f1-score": 0.5, "train/loss": 2 },
        params: { "my param": "alpha" },
        tags: { "team:desk": "rates" },
      },
      {
        name: "high",
        startTime: 1_700_000_001_000,
        metrics: { "f1-score": 0.9, "train/loss": 0.5 },
        params: { "my param": "beta" },
        tags: { "team:desk": "credit" },
      },
    ]);
    runs = seeded.runs;
    experimentId = seeded.experimentId;
  });
  afterAll(() => client.close());

  const names = async (filter: string, orderBy: string[] = []) => {
    const result = await searchRuns(client, {
      experimentIds: [experimentId],
      filter,
      orderBy,
      viewType: "ACTIVE_ONLY",
      limit: 100,
    });
    return result.runs.map((run) => run.info.runName);
  };

  // Expected names: the values logged in beforeAll ("high" has f1-score 0.9, "low" 0.5).
  it("finds runs by keys with a dash, a slash, a space and a colon, written bare", async () => {
    expect(await names("metrics.f1-score > 0.8")).toEqual(["high"]);
    expect(await names("metrics.train/loss >= 1")).toEqual(["low"]);
    expect(await names("params.my param = 'beta'")).toEqual(["high"]);
    expect(await names("tags.team:desk LIKE 'rat%'")).toEqual(["low"]);
    expect(runs).toHaveLength(2);
  });

  it("orders by a key with a dash, written bare", async () => {
    expect(await names("", ["metrics.f1-score ASC"])).toEqual(["low", "high"]);
    expect(await names("", ["metrics.f1-score DESC"])).toEqual(["high", "low"]);
  });
});
