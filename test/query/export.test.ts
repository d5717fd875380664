import { Writable } from "node:stream";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Experiment } from "../../scripts/lib/mlflow/types.ts";
import { type ExportFormat, exportRuns } from "../../scripts/lib/query/export.ts";
import { RUN_ATTRIBUTES, type RunSearch } from "../../scripts/lib/query/runs.ts";
import { testClient } from "../helpers/client.ts";
import { uniqueExperimentName } from "../helpers/experiments.ts";
import { type SeededRun, seedExperiment } from "./fixtures.ts";

const client = testClient();
const T0 = 1_700_000_000_000;
/** Runs in the experiment; exported in pages of 3 so rows and keys cross page boundaries. */
const RUN_COUNT = 8;
let experiment: Experiment;
let seeded: SeededRun[];

// Eight runs: each has sharpe_ratio = i / 4; run 5 has a NaN; the newest run (7) alone has the
// metric "late_key" and a param holding a comma, a quote and a line break.
beforeAll(async () => {
  const specs = Array.from({ length: RUN_COUNT }, (_, i) => ({
    name: `run-${i}`,
    startTime: T0 + i * 1000,
    metrics: {
      sharpe_ratio: i / 4,
      ...(i === 5 ? { max_drawdown: Number.NaN } : {}),
      ...(i === 7 ? { late_key: 42 } : {}),
    },
    params: { lookback: String(10 * i), ...(i === 7 ? { note: 'a, "b"\nc' } : {}) },
  }));
  const result = await seedExperiment(client, "export", specs);
  seeded = result.runs;
  experiment = await client.getExperiment(result.experimentId);
});
afterAll(() => client.close());

function search(overrides: Partial<RunSearch> = {}): RunSearch {
  return {
    experimentIds: [experiment.experimentId],
    viewType: "ACTIVE_ONLY",
    limit: Infinity,
    pageSize: 3,
    ...overrides,
  };
}

async function exportText(format: ExportFormat, overrides: Partial<RunSearch> = {}) {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString("utf8"));
      done();
    },
  });
  const summary = await exportRuns(client, search(overrides), [experiment], format, out);
  return { text: chunks.join(""), summary };
}

describe("exportRuns on the real server", () => {
  it("writes every run as CSV with one column per attribute and key, read back by papaparse", async () => {
    const { text, summary } = await exportText("csv");
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const newest = parsed.data[0]!;

    expect(parsed.errors).toEqual([]);
    expect(summary.runs).toBe(RUN_COUNT);
    expect(parsed.meta.fields).toEqual([
      ...RUN_ATTRIBUTES,
      "metrics.late_key",
      "metrics.max_drawdown",
      "metrics.sharpe_ratio",
      "params.lookback",
      "params.note",
      "tags.mlflow.runName",
    ]);
    // Newest first (the server's default order), so run 7 leads and run 0 ends.
    expect(parsed.data.map((row) => row.run_name)).toEqual(seeded.map((run) => run.name).reverse());
    expect(newest).toMatchObject({
      run_id: seeded[7]!.runId,
      status: "FINISHED",
      start_time: new Date(T0 + 7000).toISOString(),
      "metrics.late_key": "42",
      "metrics.sharpe_ratio": "1.75",
      "params.note": 'a, "b"\nc',
    });
    expect(parsed.data[2]!["metrics.max_drawdown"]).toBe("NaN");
    expect(parsed.data[7]!["metrics.late_key"]).toBe("");
  });

  it("writes JSON page by page, each run as in `runs --format json`", async () => {
    const { text, summary } = await exportText("json");
    const parsed = JSON.parse(text) as {
      status: string;
      count: number;
      experiments: unknown[];
      runs: { run_name: string; metrics: Record<string, unknown> }[];
    };

    expect(summary.runs).toBe(RUN_COUNT);
    expect(parsed.status).toBe("ok");
    expect(parsed.count).toBe(RUN_COUNT);
    expect(parsed.experiments).toEqual([
      { experiment_id: experiment.experimentId, name: experiment.name },
    ]);
    expect(parsed.runs.map((run) => run.run_name)).toEqual(seeded.map((run) => run.name).reverse());
    // NaN travels as the string "NaN", as MLflow writes it.
    expect(parsed.runs[2]!.metrics.max_drawdown).toBe("NaN");
  });

  it("writes one Markdown table with a single header across chunks", async () => {
    const { text } = await exportText("markdown");
    const lines = text.trimEnd().split("\n");

    expect(lines).toHaveLength(2 + RUN_COUNT);
    expect(lines[0]).toMatch(/^\|run_id\|run_name\|/);
    expect(lines.filter((line) => line.startsWith("|run_id|"))).toHaveLength(1);
    // The line break inside params.note is folded into a space, so the row stays one line.
    expect(lines[2]).toContain('a, "b" c');
  });

  it("writes a header alone, and an empty JSON list, when nothing matches", async () => {
    const filter = "params.lookback = 'none'";
    const csv = await exportText("csv", { filter });
    const json = await exportText("json", { filter });

    expect(csv.text).toBe(`${RUN_ATTRIBUTES.join(",")}\n`);
    expect(JSON.parse(json.text)).toMatchObject({ runs: [], count: 0 });
  });

  it("exports an experiment with no runs at all", async () => {
    const id = await client.createExperiment(uniqueExperimentName("export-empty"));
    const empty = await client.getExperiment(id);
    const chunks: string[] = [];
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString("utf8"));
        done();
      },
    });

    const summary = await exportRuns(client, search({ experimentIds: [id] }), [empty], "csv", out);

    expect(summary.runs).toBe(0);
    expect(chunks.join("")).toBe(`${RUN_ATTRIBUTES.join(",")}\n`);
  });
});
