import type { MlflowClient, Page } from "../mlflow/client.ts";
import type { Run, ViewType } from "../mlflow/types.ts";
import {
  type KeyReference,
  quoteFilterKeys,
  quoteOrderBy,
  reportQuoting,
} from "./filter-quoting.ts";
import { type FetchPage, RUN_PAGE_SIZE, collectPages, hasMore, searchPages } from "./paging.ts";
import { explainSearchError } from "./search-errors.ts";

export interface RunSearch {
  experimentIds: readonly string[];
  filter?: string;
  orderBy?: readonly string[];
  viewType: ViewType;
  /** The most runs wanted; Infinity follows the page tokens to the end. */
  limit: number;
  pageToken?: string;
  /** Runs per request; the server's default of 1,000 unless a test asks for less. */
  pageSize?: number;
}

export interface RunSearchResult {
  runs: Run[];
  /** Resumes after the last run returned; undefined when no more runs match. */
  nextPageToken: string | undefined;
  /** The filter and order-by as sent, after quoting. */
  filter: string | undefined;
  orderBy: string[];
  /** The metrics, params and tags the filter and order-by name. */
  references: KeyReference[];
}

/** A search as it goes to the server: keys quoted, and a function fetching one page. */
export function prepareRunSearch(client: MlflowClient, search: RunSearch, quiet = false) {
  const filter = search.filter?.trim() ? quoteFilterKeys(search.filter) : undefined;
  const orderBy = quoteOrderBy(search.orderBy ?? []);
  if (!quiet) reportQuoting([...(filter?.quoted ?? []), ...orderBy.quoted]);

  const fetchPage: FetchPage<Run> = (page) =>
    client.searchRuns({
      experimentIds: [...search.experimentIds],
      filter: filter?.text,
      orderBy: orderBy.terms,
      viewType: search.viewType,
      maxResults: page.maxResults,
      pageToken: page.pageToken,
    });
  return {
    fetchPage,
    filter: filter?.text,
    orderBy: orderBy.terms,
    references: [...(filter?.references ?? []), ...orderBy.references],
    context: {
      what: "runs" as const,
      filter: filter?.text,
      orderBy: orderBy.terms,
      pageToken: search.pageToken,
    },
  };
}

/**
 * Runs matching a search, in the server's order, up to `limit`. The token returned resumes
 * exactly after the last run, and is left out when a probe finds nothing after it.
 */
export async function searchRuns(
  client: MlflowClient,
  search: RunSearch,
): Promise<RunSearchResult> {
  const prepared = prepareRunSearch(client, search);
  if (search.experimentIds.length === 0) {
    return { runs: [], nextPageToken: undefined, ...searchEcho(prepared) };
  }
  try {
    const { items, nextPageToken } = await collectPages(prepared.fetchPage, {
      limit: search.limit,
      pageSize: search.pageSize ?? RUN_PAGE_SIZE,
      pageToken: search.pageToken,
    });
    const more = nextPageToken !== undefined && (await hasMore(prepared.fetchPage, nextPageToken));
    return {
      runs: items,
      nextPageToken: more ? nextPageToken : undefined,
      ...searchEcho(prepared),
    };
  } catch (error) {
    throw explainSearchError(error, prepared.context);
  }
}

function searchEcho(prepared: ReturnType<typeof prepareRunSearch>) {
  return { filter: prepared.filter, orderBy: prepared.orderBy, references: prepared.references };
}

/**
 * Every page of a search, one at a time, for callers that write each page out and let it go
 * (the export), so memory stays flat however many runs match. The last page's token resumes
 * after it when `limit` stopped the search.
 */
export async function* runPages(
  client: MlflowClient,
  search: RunSearch,
): AsyncGenerator<Page<Run>> {
  const prepared = prepareRunSearch(client, search);
  if (search.experimentIds.length === 0) return;
  try {
    yield* searchPages(prepared.fetchPage, {
      limit: search.limit,
      pageSize: search.pageSize ?? RUN_PAGE_SIZE,
      pageToken: search.pageToken,
    });
  } catch (error) {
    throw explainSearchError(error, prepared.context);
  }
}

/** The run attributes every output carries, in order. */
export const RUN_ATTRIBUTES = [
  "run_id",
  "run_name",
  "experiment_id",
  "status",
  "start_time",
  "end_time",
  "user_id",
  "artifact_uri",
  "lifecycle_stage",
] as const;

export type RunAttribute = (typeof RUN_ATTRIBUTES)[number];

/** The attributes holding times, in milliseconds since the epoch. */
export const TIME_ATTRIBUTES: ReadonlySet<string> = new Set(["start_time", "end_time"]);

/** A run's attributes under the names MLflow's search grammar uses. */
export function runAttributes(run: Run): Record<RunAttribute, string | number | undefined> {
  const info = run.info;
  return {
    run_id: info.runId,
    run_name: info.runName,
    experiment_id: info.experimentId,
    status: info.status,
    start_time: info.startTime,
    end_time: info.endTime,
    user_id: info.userId,
    artifact_uri: info.artifactUri,
    lifecycle_stage: info.lifecycleStage,
  };
}

export interface RunRecord extends Record<RunAttribute, string | number | null> {
  metrics: Record<string, number>;
  params: Record<string, string>;
  tags: Record<string, string>;
}

/**
 * A run as the JSON outputs give it: attributes (times in milliseconds, missing ones null),
 * then metrics, params and tags as objects. `keep` narrows those three to chosen keys.
 */
export function runRecord(
  run: Run,
  keep?: {
    metrics: (key: string) => boolean;
    params: (key: string) => boolean;
    tags: (key: string) => boolean;
  },
): RunRecord {
  const attributes = runAttributes(run);
  const record = Object.fromEntries(
    RUN_ATTRIBUTES.map((name) => [name, attributes[name] ?? null]),
  ) as Record<RunAttribute, string | number | null>;
  const pick = <V>(values: Record<string, V>, wanted?: (key: string) => boolean) =>
    wanted ? Object.fromEntries(Object.entries(values).filter(([key]) => wanted(key))) : values;
  return {
    ...record,
    metrics: pick(run.metrics, keep?.metrics),
    params: pick(run.params, keep?.params),
    tags: pick(run.tags, keep?.tags),
  };
}

/** A run as one flat row: attributes, then `metrics.KEY`, `params.KEY`, `tags.KEY`. */
export function flatRunRow(run: Run): Record<string, unknown> {
  const row: Record<string, unknown> = { ...runAttributes(run) };
  for (const [key, value] of Object.entries(run.metrics)) row[`metrics.${key}`] = value;
  for (const [key, value] of Object.entries(run.params)) row[`params.${key}`] = value;
  for (const [key, value] of Object.entries(run.tags)) row[`tags.${key}`] = value;
  return row;
}
