import { EXIT_CODES, SkillError } from "../errors.ts";
import type { MlflowClient } from "../mlflow/client.ts";
import type { Experiment, ViewType } from "../mlflow/types.ts";
import { log } from "../output/logger.ts";
import { quoteFilterKeys, quoteOrderBy, reportQuoting } from "./filter-quoting.ts";
import { collectPages, hasMore } from "./paging.ts";
import { explainSearchError } from "./search-errors.ts";

/** Experiments per request when listing them all: what MLflow's Python client asks for. */
const EXPERIMENT_PAGE_SIZE = 1000;

/** An experiment, a run or an artifact path the user named does not exist. */
export class NotFoundError extends SkillError {
  constructor(problem: string, nextStep: string) {
    super(problem, nextStep, EXIT_CODES.usageOrInput);
  }
}

/**
 * The experiments named by `refs`, each a name or an id. A name wins: "42" is the experiment
 * named "42" if there is one, else the experiment whose id is 42. An active experiment wins
 * over a deleted one of the same name, as on the server.
 */
export async function resolveExperiments(
  client: MlflowClient,
  refs: readonly string[],
): Promise<Experiment[]> {
  const found = await Promise.all(refs.map((ref) => resolveExperiment(client, ref)));
  const unique = new Map(found.map((experiment) => [experiment.experimentId, experiment]));
  return [...unique.values()];
}

async function resolveExperiment(client: MlflowClient, ref: string): Promise<Experiment> {
  const byName = await client.getExperimentByName(ref);
  if (byName) return byName;
  const byId = /^\d+$/.test(ref) ? await client.findExperiment(ref) : undefined;
  if (byId) return byId;
  throw new NotFoundError(
    `No experiment is named ${JSON.stringify(ref)}${/^\d+$/.test(ref) ? " or has that id" : ""}.`,
    "List the experiments with `query_runs experiments` (add --view all to see deleted ones).",
  );
}

/**
 * The experiments a run search covers when none was named: all active ones, or all of them
 * when deleted runs are asked for (a deleted experiment's runs are deleted with it).
 */
export async function experimentsForRunView(
  client: MlflowClient,
  runView: ViewType,
): Promise<Experiment[]> {
  const viewType: ViewType = runView === "ACTIVE_ONLY" ? "ACTIVE_ONLY" : "ALL";
  const { items } = await collectPages((page) => client.searchExperiments({ viewType, ...page }), {
    limit: Infinity,
    pageSize: EXPERIMENT_PAGE_SIZE,
  });
  return items;
}

/** Says on stderr when a named experiment is deleted and the view would hide all its runs. */
export function warnAboutDeleted(experiments: readonly Experiment[], runView: ViewType): void {
  if (runView !== "ACTIVE_ONLY") return;
  for (const experiment of experiments) {
    if (experiment.lifecycleStage === "active") continue;
    log.warn(
      `Experiment "${experiment.name}" (id ${experiment.experimentId}) is deleted, and so are ` +
        "its runs: pass --view deleted or --view all to see them.",
    );
  }
}

export interface ExperimentSearch {
  filter?: string;
  orderBy?: readonly string[];
  viewType: ViewType;
  /** The most experiments wanted; Infinity for every one. */
  limit: number;
  pageToken?: string;
}

export interface ExperimentList {
  experiments: Experiment[];
  /** Resumes after the last experiment listed; undefined when nothing more matches. */
  nextPageToken: string | undefined;
}

/** Experiments matching a search, with keys quoted for the grammar where they need it. */
export async function listExperiments(
  client: MlflowClient,
  search: ExperimentSearch,
): Promise<ExperimentList> {
  const filter = search.filter ? quoteFilterKeys(search.filter) : undefined;
  const orderBy = quoteOrderBy(search.orderBy ?? []);
  reportQuoting([...(filter?.quoted ?? []), ...orderBy.quoted]);

  const fetchPage = (page: { maxResults: number; pageToken: string | undefined }) =>
    client.searchExperiments({
      ...page,
      filter: filter?.text,
      orderBy: orderBy.terms,
      viewType: search.viewType,
    });
  const context = {
    what: "experiments" as const,
    filter: filter?.text,
    orderBy: orderBy.terms,
    pageToken: search.pageToken,
  };
  try {
    const { items, nextPageToken } = await collectPages(fetchPage, {
      limit: search.limit,
      pageSize: EXPERIMENT_PAGE_SIZE,
      pageToken: search.pageToken,
    });
    const more = nextPageToken !== undefined && (await hasMore(fetchPage, nextPageToken));
    return { experiments: items, nextPageToken: more ? nextPageToken : undefined };
  } catch (error) {
    throw explainSearchError(error, context);
  }
}
