import { Pool } from "undici";

const API = "/api/2.0/mlflow";

/**
 * The least a client can do: POST a JSON body to MLflow over a pool of keep-alive connections,
 * no retries, no validation, no schema. The benchmarks use it to fill the server and to find
 * how much the server itself can take, against which the project's client is measured.
 */
export class RawRest {
  private readonly pool: Pool;

  constructor(url: string, connections: number) {
    this.pool = new Pool(url, { connections, pipelining: 1, keepAliveTimeout: 60_000 });
  }

  /** POSTs `body` (an object, or JSON already encoded) and returns the parsed answer. */
  async post<T = unknown>(path: string, body: unknown): Promise<T> {
    return JSON.parse(await this.postText(path, body)) as T;
  }

  /** POSTs `body` and returns the answer's text, unparsed. */
  async postText(path: string, body: unknown): Promise<string> {
    const response = await this.pool.request({
      method: "POST",
      path: API + path,
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.body.text();
    if (response.statusCode !== 200) {
      throw new Error(`POST ${path} answered ${response.statusCode}: ${text.slice(0, 300)}`);
    }
    return text;
  }

  async createExperiment(name: string): Promise<string> {
    const answer = await this.post<{ experiment_id: string }>("/experiments/create", { name });
    return answer.experiment_id;
  }

  async createRun(experimentId: string, runName: string): Promise<string> {
    const answer = await this.post<{ run: { info: { run_id: string } } }>("/runs/create", {
      experiment_id: experimentId,
      run_name: runName,
      start_time: Date.now(),
    });
    return answer.run.info.run_id;
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}

/** Runs `work(i)` for i in [0, count) with at most `limit` calls under way; stops on a failure. */
export async function inParallel(
  count: number,
  limit: number,
  work: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
}

/** What a run holds, counted: to show the two sides of a case logged the same things. */
export interface RunContents {
  metrics: number;
  params: number;
  tags: number;
  datasets: number;
  artifacts: number;
  /** Points in the metric histories named `curves/...`. */
  curvePoints: number;
}

/** Counts what run `runId` holds, with GET requests to the server at `url`. */
export async function runContents(url: string, runId: string): Promise<RunContents> {
  const get = async <T>(path: string, query: Record<string, string>): Promise<T> => {
    const response = await fetch(`${url}${API}${path}?${new URLSearchParams(query)}`);
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return (await response.json()) as T;
  };
  const { run } = await get<{
    run: {
      data: { metrics?: { key: string }[]; params?: unknown[]; tags?: unknown[] };
      inputs?: { dataset_inputs?: unknown[] };
    };
  }>("/runs/get", { run_id: runId });
  const artifacts = await get<{ files?: { path: string; is_dir: boolean }[] }>("/artifacts/list", {
    run_id: runId,
  });
  let curvePoints = 0;
  for (const key of (run.data.metrics ?? []).map((metric) => metric.key)) {
    if (!key.startsWith("curves/")) continue;
    const history = await get<{ metrics?: unknown[] }>("/metrics/get-history", {
      run_id: runId,
      metric_key: key,
      max_results: "25000",
    });
    curvePoints += history.metrics?.length ?? 0;
  }
  return {
    metrics: run.data.metrics?.length ?? 0,
    params: run.data.params?.length ?? 0,
    tags: run.data.tags?.length ?? 0,
    datasets: run.inputs?.dataset_inputs?.length ?? 0,
    artifacts: artifacts.files?.length ?? 0,
    curvePoints,
  };
}
