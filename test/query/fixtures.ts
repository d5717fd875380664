import { spawn } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

import type { MlflowClient } from "../../scripts/lib/mlflow/client.ts";
import type { MetricPoint } from "../../scripts/lib/mlflow/types.ts";
import { uniqueExperimentName } from "../helpers/experiments.ts";

/**
 * Test setup shared by the query tests: experiments of known runs on the real server, raw
 * REST calls that do not go through the code under test, and a way to run the real scripts.
 */

export interface RunSpec {
  name: string;
  /** Milliseconds since the epoch; distinct values make the server's default order known. */
  startTime: number;
  metrics?: Record<string, number>;
  params?: Record<string, string>;
  tags?: Record<string, string>;
  history?: MetricPoint[];
}

export interface SeededRun extends RunSpec {
  runId: string;
}

/** A new experiment of its own holding `specs`, each run FINISHED. */
export async function seedExperiment(
  client: MlflowClient,
  label: string,
  specs: readonly RunSpec[],
): Promise<{ experimentId: string; name: string; runs: SeededRun[] }> {
  const name = uniqueExperimentName(label);
  const experimentId = await client.createExperiment(name);
  const runs = await mapLimited(specs, 8, async (spec) => {
    const run = await client.createRun({
      experimentId,
      runName: spec.name,
      startTime: spec.startTime,
      tags: spec.tags,
    });
    const runId = run.info.runId;
    const metrics = Object.entries(spec.metrics ?? {}).map(([key, value]) => ({
      key,
      value,
      timestamp: spec.startTime,
      step: 0,
    }));
    const params = Object.entries(spec.params ?? {}).map(([key, value]) => ({ key, value }));
    await client.logBatch(runId, { metrics: [...metrics, ...(spec.history ?? [])], params });
    await client.updateRun(runId, { status: "FINISHED", endTime: spec.startTime + 1000 });
    return { ...spec, runId };
  });
  return { experimentId, name, runs };
}

/**
 * `count` bare runs (a name, a start time and one tag; no metrics) created with several
 * requests in flight, which is the fastest the single-worker test server takes them: about
 * 20 ms a run. Start times are `base + i`, so the default order (newest first) is known.
 */
export async function createManyRuns(
  client: MlflowClient,
  experimentId: string,
  count: number,
  base = 1_700_000_000_000,
): Promise<string[]> {
  const indexes = Array.from({ length: count }, (_, i) => i);
  return mapLimited(indexes, 8, async (i) => {
    const run = await client.createRun({
      experimentId,
      runName: `bulk-${i}`,
      startTime: base + i,
      tags: { index: String(i), parity: i % 2 === 0 ? "even" : "odd" },
    });
    return run.info.runId;
  });
}

/** `work` over `items` with at most `limit` in flight, results in the items' order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The run ids of a search, paged by hand over plain fetch with the server's default page size
 * of 1,000: MLflow's own answer, with none of the code under test in between.
 */
export async function rawSearchRunIds(body: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = [];
  let pageToken: string | undefined;
  do {
    const answer = (await rawPost("/api/2.0/mlflow/runs/search", {
      max_results: 1000,
      ...body,
      ...(pageToken ? { page_token: pageToken } : {}),
    })) as { runs?: { info: { run_id: string } }[]; next_page_token?: string };
    ids.push(...(answer.runs ?? []).map((run) => run.info.run_id));
    pageToken = answer.next_page_token || undefined;
  } while (pageToken);
  return ids;
}

/** A POST to the test server over plain fetch; throws on any status but 200. */
export async function rawPost(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${inject("mlflowUrl")}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

/** Uploads `content` as an artifact of a run through the server's artifact proxy. */
export async function uploadArtifact(
  experimentId: string,
  runId: string,
  path: string,
  content: string,
): Promise<void> {
  const url =
    `${inject("mlflowUrl")}/api/2.0/mlflow-artifacts/artifacts/` +
    `${experimentId}/${runId}/artifacts/${path}`;
  const response = await fetch(url, { method: "PUT", body: content });
  if (response.status !== 200) throw new Error(`upload of ${path} answered ${response.status}`);
}

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Runs one of the real scripts with Node and tsx, as a user would, against the test server
 * (or the tracking URI `env` gives), with no .env.local of the developer's in the way.
 */
export function runScriptProcess(
  script: "query_runs.ts" | "create_experiment.ts",
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<ScriptResult> {
  return new Promise((resolveResult, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `scripts/${script}`, ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        MLFLOW_TRACKING_URI: inject("mlflowUrl"),
        MLFLOW_HTTP_REQUEST_MAX_RETRIES: "0",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolveResult({ code, stdout, stderr }));
  });
}
