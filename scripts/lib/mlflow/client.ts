import { z } from "zod";

import { type TrackingSettings, readTrackingSettings } from "../config/settings.ts";
import { MlflowApiError } from "./errors.ts";
import { HttpTransport } from "./http.ts";
import { BATCH_CONCURRENCY, type BatchPayload, forEachConcurrently, splitBatch } from "./batch.ts";
import { assertValidKeys } from "./keys.ts";
import type {
  ArtifactFile,
  Experiment,
  MetricPoint,
  Run,
  RunStatus,
  Tag,
  ViewType,
} from "./types.ts";
import { artifactFileSchema, experimentSchema, metricSchema, runSchema } from "./wire.ts";

const API = "/api/2.0/mlflow";

/** The page size MLflow's Python client asks for when it lists experiments. */
const EXPERIMENT_PAGE_SIZE = 1000;
/** The page size MLflow's Python client asks for when it reads a metric's history. */
const HISTORY_PAGE_SIZE = 25_000;

export interface SearchRunsRequest {
  experimentIds: string[];
  filter?: string;
  orderBy?: string[];
  maxResults?: number;
  pageToken?: string;
  viewType?: ViewType;
}

export interface Page<T> {
  items: T[];
  nextPageToken: string | undefined;
}

/**
 * A client for MLflow's tracking REST API, behaving like MLflow's Python client where it
 * matters: it always sends `max_results`, splits log-batch payloads within the server's limits,
 * sends NaN and infinities as MLflow spells them, and checks keys before sending anything.
 */
export class MlflowClient {
  readonly transport: HttpTransport;

  constructor(settings: TrackingSettings, transport?: HttpTransport) {
    this.transport = transport ?? new HttpTransport(settings);
  }

  get trackingUri(): string {
    return this.transport.trackingUri;
  }

  /** The experiment with this name, or undefined. An active one wins over a deleted one. */
  async getExperimentByName(name: string): Promise<Experiment | undefined> {
    return absentAsUndefined(async () => {
      const answer = await this.get("/experiments/get-by-name", { experiment_name: name });
      return parse(z.object({ experiment: experimentSchema }), answer, "get-by-name").experiment;
    });
  }

  async getExperiment(experimentId: string): Promise<Experiment> {
    const answer = await this.get("/experiments/get", { experiment_id: experimentId });
    return parse(z.object({ experiment: experimentSchema }), answer, "get experiment").experiment;
  }

  /** The experiment with this id, or undefined when the server has none. */
  async findExperiment(experimentId: string): Promise<Experiment | undefined> {
    return absentAsUndefined(() => this.getExperiment(experimentId));
  }

  /** Creates an experiment and returns its id. */
  async createExperiment(
    name: string,
    options: { artifactLocation?: string; tags?: Record<string, string> } = {},
  ): Promise<string> {
    const tags = toKeyValues(options.tags ?? {});
    assertValidKeys("tag", Object.keys(options.tags ?? {}));
    const answer = await this.post("/experiments/create", {
      name,
      artifact_location: options.artifactLocation,
      tags,
    });
    return parse(z.object({ experiment_id: z.string() }), answer, "create experiment")
      .experiment_id;
  }

  /**
   * The active experiment with this name, created if missing. A lost race with another
   * process creating the same name is resolved by reading it back, as MLflow's
   * `set_experiment` does.
   */
  async getOrCreateExperiment(name: string): Promise<{ experiment: Experiment; created: boolean }> {
    const existing = await this.getExperimentByName(name);
    if (existing) return { experiment: existing, created: false };
    try {
      const id = await this.createExperiment(name);
      return { experiment: await this.getExperiment(id), created: true };
    } catch (error) {
      if (error instanceof MlflowApiError && error.errorCode === "RESOURCE_ALREADY_EXISTS") {
        const raced = await this.getExperimentByName(name);
        if (raced) return { experiment: raced, created: false };
      }
      throw error;
    }
  }

  /**
   * One page of an experiment search: `maxResults` experiments (default 1,000, as the Python
   * client asks; the server's limit is 50,000). The server refuses a search without it.
   */
  async searchExperiments(
    options: {
      maxResults?: number;
      filter?: string;
      viewType?: ViewType;
      orderBy?: string[];
      pageToken?: string;
    } = {},
  ): Promise<Page<Experiment>> {
    const answer = await this.post("/experiments/search", {
      max_results: options.maxResults ?? EXPERIMENT_PAGE_SIZE,
      filter: options.filter,
      view_type: options.viewType ?? "ACTIVE_ONLY",
      order_by: options.orderBy,
      page_token: options.pageToken,
    });
    const page = parse(
      z.object({
        experiments: z.array(experimentSchema).optional(),
        next_page_token: z.string().optional(),
      }),
      answer,
      "search experiments",
    );
    return { items: page.experiments ?? [], nextPageToken: page.next_page_token || undefined };
  }

  async restoreExperiment(experimentId: string): Promise<void> {
    await this.post("/experiments/restore", { experiment_id: experimentId });
  }

  async setExperimentTag(experimentId: string, key: string, value: string): Promise<void> {
    assertValidKeys("tag", [key]);
    await this.post("/experiments/set-experiment-tag", { experiment_id: experimentId, key, value });
  }

  /**
   * Creates a run. Unlike the other calls it is not retried after a connection broke with the
   * request out (a second try could make a second run): callers that need certainty tag the
   * run and look for it, as sendRunPayload does.
   */
  async createRun(options: {
    experimentId: string;
    runName?: string;
    startTime?: number;
    tags?: Record<string, string>;
    /** The run's user_id attribute (searchable as `attributes.user_id`); MLflow's Python client
     * sends the same name as the mlflow.user tag. */
    userId?: string;
  }): Promise<Run> {
    assertValidKeys("tag", Object.keys(options.tags ?? {}));
    const answer = await this.transport.json({
      method: "POST",
      path: `${API}/runs/create`,
      json: {
        experiment_id: options.experimentId,
        run_name: options.runName,
        user_id: options.userId,
        start_time: options.startTime ?? Date.now(),
        tags: toKeyValues(options.tags ?? {}),
      },
      idempotent: false,
    });
    return parse(z.object({ run: runSchema }), answer, "create run").run;
  }

  async updateRun(
    runId: string,
    update: { status?: RunStatus; endTime?: number; runName?: string },
  ): Promise<void> {
    await this.post("/runs/update", {
      run_id: runId,
      run_uuid: runId,
      status: update.status,
      end_time: update.endTime,
      run_name: update.runName,
    });
  }

  async getRun(runId: string): Promise<Run> {
    const answer = await this.get("/runs/get", { run_id: runId, run_uuid: runId });
    return parse(z.object({ run: runSchema }), answer, "get run").run;
  }

  /** The run with this id, or undefined when the server has none. */
  async findRun(runId: string): Promise<Run | undefined> {
    return absentAsUndefined(() => this.getRun(runId));
  }

  /**
   * Logs metrics, params and tags, split into as many log-batch requests as the server's
   * limits need. Every key is checked first, so a bad key fails before any request leaves.
   * Up to BATCH_CONCURRENCY requests are in flight at once: each point carries its own step
   * and timestamp, and a run's latest value is the largest (step, timestamp, value), so the
   * server's result does not depend on the order requests arrive in.
   */
  async logBatch(runId: string, payload: Partial<BatchPayload>): Promise<number> {
    const full: BatchPayload = {
      metrics: payload.metrics ?? [],
      params: payload.params ?? [],
      tags: payload.tags ?? [],
    };
    assertValidKeys("metric", new Set(full.metrics.map((m) => m.key)));
    assertValidKeys(
      "param",
      full.params.map((p) => p.key),
    );
    assertValidKeys(
      "tag",
      full.tags.map((t) => t.key),
    );

    const requests = splitBatch(full);
    await forEachConcurrently(requests, BATCH_CONCURRENCY, (batch) =>
      this.post("/runs/log-batch", { run_id: runId, ...batch }),
    );
    return requests.length;
  }

  async searchRuns(request: SearchRunsRequest): Promise<Page<Run>> {
    const answer = await this.post("/runs/search", {
      experiment_ids: request.experimentIds,
      filter: request.filter,
      order_by: request.orderBy,
      max_results: request.maxResults ?? 1000,
      page_token: request.pageToken,
      run_view_type: request.viewType ?? "ACTIVE_ONLY",
    });
    const page = parse(
      z.object({ runs: z.array(runSchema).optional(), next_page_token: z.string().optional() }),
      answer,
      "search runs",
    );
    return { items: page.runs ?? [], nextPageToken: page.next_page_token || undefined };
  }

  /** Every point of one metric's history, following the server's pages to the end. */
  async getMetricHistory(runId: string, key: string): Promise<MetricPoint[]> {
    const points: MetricPoint[] = [];
    let pageToken: string | undefined;
    do {
      const answer = await this.get("/metrics/get-history", {
        run_id: runId,
        run_uuid: runId,
        metric_key: key,
        max_results: HISTORY_PAGE_SIZE,
        page_token: pageToken,
      });
      const page = parse(
        z.object({
          metrics: z.array(metricSchema).optional(),
          next_page_token: z.string().optional(),
        }),
        answer,
        "metric history",
      );
      points.push(...(page.metrics ?? []));
      pageToken = page.next_page_token || undefined;
    } while (pageToken !== undefined);
    return points;
  }

  /** One level of a run's artifacts (the server lists, whatever store it uses). */
  async listArtifacts(
    runId: string,
    path?: string,
  ): Promise<{ rootUri: string | undefined; files: ArtifactFile[] }> {
    const files: ArtifactFile[] = [];
    let rootUri: string | undefined;
    let pageToken: string | undefined;
    do {
      const answer = await this.get("/artifacts/list", {
        run_id: runId,
        run_uuid: runId,
        path,
        page_token: pageToken,
      });
      const page = parse(
        z.object({
          root_uri: z.string().optional(),
          files: z.array(artifactFileSchema).optional(),
          next_page_token: z.string().optional(),
        }),
        answer,
        "list artifacts",
      );
      rootUri = page.root_uri;
      files.push(...(page.files ?? []));
      pageToken = page.next_page_token || undefined;
    } while (pageToken !== undefined);
    return { rootUri, files };
  }

  async close(): Promise<void> {
    await this.transport.close();
  }

  private get(path: string, query: Record<string, string | number | undefined>): Promise<unknown> {
    return this.transport.json({ method: "GET", path: API + path, query });
  }

  private post(path: string, body: unknown): Promise<unknown> {
    return this.transport.json({ method: "POST", path: API + path, json: body });
  }

  /** Marks an experiment and its runs deleted; its name stays taken until it is purged. */
  async deleteExperiment(experimentId: string): Promise<void> {
    await this.post("/experiments/delete", { experiment_id: experimentId });
  }

  /** Marks a run deleted; searches show it only with the DELETED_ONLY or ALL view. */
  async deleteRun(runId: string): Promise<void> {
    await this.post("/runs/delete", { run_id: runId });
  }
}

export function toKeyValues(record: Record<string, string>): Tag[] {
  return Object.entries(record).map(([key, value]) => ({ key, value }));
}

function parse<T extends z.ZodType>(schema: T, answer: unknown, what: string): z.output<T> {
  const result = schema.safeParse(answer);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new MlflowApiError({
    status: 200,
    errorCode: undefined,
    serverMessage: `unexpected ${what} answer (${issue?.path.join(".")}: ${issue?.message})`,
    method: "-",
    path: what,
    nextStep:
      "The server may not be an MLflow tracking server of version 2 or 3: check MLFLOW_TRACKING_URI.",
  });
}

/**
 * The answer of `request`, or undefined when the server says the thing does not exist
 * (RESOURCE_DOES_NOT_EXIST). A 404 without that code is a wrong address, not an absence, and
 * is thrown like any other error.
 */
async function absentAsUndefined<T>(request: () => Promise<T>): Promise<T | undefined> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof MlflowApiError && error.errorCode === "RESOURCE_DOES_NOT_EXIST") {
      return undefined;
    }
    throw error;
  }
}

/** Runs `work` with a client for `settings` (the environment's by default), closing it after. */
export async function withClient<T>(
  work: (client: MlflowClient) => Promise<T>,
  settings: TrackingSettings = readTrackingSettings(),
): Promise<T> {
  const client = new MlflowClient(settings);
  try {
    return await work(client);
  } finally {
    await client.close();
  }
}
