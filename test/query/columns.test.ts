import { describe, expect, it } from "vitest";

import { UsageError } from "../../scripts/lib/errors.ts";
import type { Run } from "../../scripts/lib/mlflow/types.ts";
import { setLogSink } from "../../scripts/lib/output/logger.ts";
import {
  allColumns,
  closest,
  keyFilters,
  keySetsOf,
  parseColumns,
  resolveColumns,
  screenColumns,
} from "../../scripts/lib/query/columns.ts";

/** A run as the client returns it, with only the parts these tests look at filled in. */
function run(
  name: string,
  metrics: Record<string, number>,
  params: Record<string, string> = {},
  tags: Record<string, string> = {},
): Run {
  return {
    info: {
      runId: `id-${name}`,
      runName: name,
      experimentId: "1",
      userId: undefined,
      status: "FINISHED",
      startTime: 0,
      endTime: undefined,
      artifactUri: undefined,
      lifecycleStage: "active",
    },
    metrics,
    params,
    tags,
    datasets: [],
  };
}

const RUNS = [
  run("a", { sharpe_ratio: 1, sortino_ratio: 2, cagr: 0.1, zeta: 5 }, { lookback: "20" }),
  run("b", { sharpe_ratio: 2, calmar_ratio: 3 }, { universe: "SP500" }, { desk: "rates" }),
];

describe("parseColumns", () => {
  it("reads attributes, keys of every spelling, patterns and all", () => {
    const specs = parseColumns("run_name, metric.sharpe*, params.lookback, attributes.status")!;

    expect(specs.map((spec) => ("name" in spec ? spec.name : `${spec.kind}.${spec.key}`))).toEqual([
      "run_name",
      "metrics.sharpe*",
      "params.lookback",
      "status",
    ]);
    expect(parseColumns("all")).toHaveLength(9 + 3);
    expect(parseColumns(undefined)).toBeUndefined();
  });

  it("refuses a column that is not an attribute or a key", () => {
    expect(() => parseColumns("sharpe_ratio")).toThrow(UsageError);
    expect(() => parseColumns(" , ")).toThrow(UsageError);
  });
});

describe("resolveColumns", () => {
  it("expands patterns to the keys present, in the order asked, without repeats", () => {
    const columns = resolveColumns(
      parseColumns("run_name,metrics.s*,metrics.sharpe_ratio,tags.*")!,
      keySetsOf(RUNS),
    );

    // The metric keys starting with "s" in RUNS, sorted; then the only tag.
    expect(columns).toEqual([
      "run_name",
      "metrics.sharpe_ratio",
      "metrics.sortino_ratio",
      "tags.desk",
    ]);
  });

  it("keeps a key no run has and names the nearest one on stderr", () => {
    const lines: string[] = [];
    const previous = setLogSink((line) => lines.push(line));
    try {
      expect(resolveColumns(parseColumns("metrics.sharpe_ration")!, keySetsOf(RUNS))).toEqual([
        "metrics.sharpe_ration",
      ]);
    } finally {
      setLogSink(previous);
    }
    expect(lines.join("\n")).toContain("Did you mean metrics.sharpe_ratio?");
  });
});

describe("default columns", () => {
  it("puts the keys a search names, then the headline metrics present, on screen", () => {
    const columns = screenColumns(keySetsOf(RUNS), [
      { kind: "params", key: "lookback" },
      { kind: "metrics", key: "zeta" },
    ]);

    // HEADLINE_METRICS present in RUNS, in that list's order: sharpe_ratio, sortino_ratio, cagr.
    expect(columns).toEqual([
      "run_id",
      "run_name",
      "status",
      "start_time",
      "params.lookback",
      "metrics.zeta",
      "metrics.sharpe_ratio",
      "metrics.sortino_ratio",
      "metrics.cagr",
    ]);
  });

  it("falls back to the first metrics when no headline metric is present", () => {
    const columns = screenColumns(keySetsOf([run("x", { b: 1, a: 2 })]), []);
    expect(columns.slice(4)).toEqual(["metrics.a", "metrics.b"]);
  });

  it("gives files every column: attributes, then metrics, params and tags, each sorted", () => {
    expect(allColumns(keySetsOf(RUNS)).slice(9)).toEqual([
      "metrics.cagr",
      "metrics.calmar_ratio",
      "metrics.sharpe_ratio",
      "metrics.sortino_ratio",
      "metrics.zeta",
      "params.lookback",
      "params.universe",
      "tags.desk",
    ]);
  });
});

describe("keyFilters", () => {
  it("keeps every key without --columns, and only the named ones with it", () => {
    const filters = keyFilters(parseColumns("run_name,metrics.s*,tags.desk"))!;

    expect(keyFilters(undefined)).toBeUndefined();
    expect(filters.metrics("sharpe_ratio")).toBe(true);
    expect(filters.metrics("cagr")).toBe(false);
    expect(filters.params("lookback")).toBe(false);
    expect(filters.tags("desk")).toBe(true);
  });
});

describe("closest", () => {
  it("suggests a near key and nothing for a far one", () => {
    expect(closest("sharp_ratio", ["sharpe_ratio", "cagr"])).toBe("sharpe_ratio");
    expect(closest("volatility", ["sharpe_ratio", "cagr"])).toBeUndefined();
  });
});
