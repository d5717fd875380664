import { parseFlags, parseNumberFlag } from "../../cli/args.ts";
import type { MlflowClient } from "../../mlflow/client.ts";
import type { Experiment, ViewType } from "../../mlflow/types.ts";
import { log } from "../../output/logger.ts";
import {
  type ColumnSpec,
  type KeySets,
  allColumns,
  keyFilters,
  keySetsOf,
  parseColumns,
  resolveColumns,
  screenColumns,
} from "../columns.ts";
import { exportRuns } from "../export.ts";
import { experimentsForRunView, resolveExperiments, warnAboutDeleted } from "../experiments.ts";
import {
  type RunSearch,
  TIME_ATTRIBUTES,
  flatRunRow,
  prepareRunSearch,
  runRecord,
  searchRuns,
} from "../runs.ts";
import { parseTimeBound, startTimeClauses } from "../time-range.ts";
import {
  COMMON_FLAGS,
  SCRIPT,
  emit,
  parseFormat,
  parseTableRows,
  parseView,
  refuseAllWithMaxResults,
  withClient,
} from "./common.ts";

export const SEARCH_FLAGS = {
  experiment: { type: "string", short: "e", multiple: true },
  filter: { type: "string" },
  since: { type: "string" },
  until: { type: "string" },
  view: { type: "string" },
} as const;

const FLAGS = {
  ...COMMON_FLAGS,
  ...SEARCH_FLAGS,
  "order-by": { type: "string", multiple: true },
  "max-results": { type: "string" },
  all: { type: "boolean" },
  "page-token": { type: "string" },
  columns: { type: "string" },
} as const;

/** Runs returned unless --max-results or --all says otherwise. */
export const DEFAULT_MAX_RESULTS = 100;

/** `runs`: searches runs in one or more experiments. */
export async function runsCommand(argv: string[]): Promise<void> {
  const { values: flags } = parseFlags(argv, FLAGS, SCRIPT);
  const format = parseFormat(flags.format);
  const tableRows = parseTableRows(flags["table-rows"]);
  refuseAllWithMaxResults(flags);
  const columnSpecs = parseColumns(flags.columns);
  const viewType = parseView(flags.view);
  const filter = combineFilter(flags);
  const maxResults =
    parseNumberFlag("--max-results", flags["max-results"], {
      min: 1,
      max: 10_000_000,
      integer: true,
      example: "500",
    }) ?? DEFAULT_MAX_RESULTS;

  const search = (experiments: readonly Experiment[]): RunSearch => ({
    experimentIds: experiments.map((experiment) => experiment.experimentId),
    filter,
    orderBy: flags["order-by"] ?? [],
    viewType,
    limit: flags.all ? Infinity : maxResults,
    pageToken: flags["page-token"],
  });

  if (format === "csv") {
    await withClient(async (client) => {
      const experiments = await experimentsToSearch(client, flags.experiment ?? [], viewType);
      await streamCsv(client, search(experiments), experiments, columnSpecs, maxResults);
    });
    return;
  }

  if (format === "json" && flags.all) {
    await withClient(async (client) => {
      const experiments = await experimentsToSearch(client, flags.experiment ?? [], viewType);
      await streamJson(client, search(experiments), experiments, columnSpecs);
    });
    return;
  }

  const { experiments, result } = await withClient(async (client) => {
    const experiments = await experimentsToSearch(client, flags.experiment ?? [], viewType);
    return { experiments, result: await searchRuns(client, search(experiments)) };
  });
  const runs = result.runs;
  const keys = keySetsOf(runs);

  const screen = format === "table" || format === "markdown";
  const columns = columnSpecs
    ? resolveColumns(columnSpecs, keys)
    : screen
      ? screenColumns(keys, result.references)
      : allColumns(keys);

  const footer: string[] = [];
  if (screen && !columnSpecs && runs.length > 0) footer.push(hiddenKeysNote(keys, columns));
  if (result.nextPageToken)
    footer.push(moreRunsNote(runs.length, result.nextPageToken, maxResults));
  const names = experiments.map((experiment) => `"${experiment.name}"`);
  const where = names.length <= 3 ? names.join(", ") : `${names.length} experiments`;

  emit({
    format,
    json: () => ({
      experiments: experiments.map((e) => ({ experiment_id: e.experimentId, name: e.name })),
      filter: result.filter ?? null,
      order_by: result.orderBy,
      count: runs.length,
      runs: runs.map((run) => runRecord(run, keyFilters(columnSpecs))),
      next_page_token: result.nextPageToken ?? null,
    }),
    table: { columns, rows: runs.map(flatRunRow), timeColumns: TIME_ATTRIBUTES },
    bounds: {
      maxRows: tableRows,
      noun: "runs",
      rowsHint: "pass --table-rows 0, or --format csv (every run fetched), or narrow --filter",
      columnsHint: "choose them with --columns, or use --format json",
    },
    heading: [
      `${runs.length} run${runs.length === 1 ? "" : "s"} from ${where}${result.filter ? ` where ${result.filter}` : ""}`,
      "",
    ],
    footer,
  });
}

/** --filter with the --since and --until conditions added, joined by AND. */
export function combineFilter(flags: {
  filter?: string;
  since?: string;
  until?: string;
}): string | undefined {
  const since = flags.since === undefined ? undefined : parseTimeBound("--since", flags.since);
  const until = flags.until === undefined ? undefined : parseTimeBound("--until", flags.until);
  const clauses = [flags.filter?.trim() ?? "", ...startTimeClauses(since, until)];
  const joined = clauses.filter((clause) => clause !== "").join(" AND ");
  return joined === "" ? undefined : joined;
}

/** The experiments named, or every one the view covers when none is. */
export async function experimentsToSearch(
  client: MlflowClient,
  refs: readonly string[],
  viewType: ViewType,
): Promise<Experiment[]> {
  if (refs.length > 0) {
    const experiments = await resolveExperiments(client, refs);
    warnAboutDeleted(experiments, viewType);
    return experiments;
  }
  const experiments = await experimentsForRunView(client, viewType);
  log.info(`No --experiment given: searching all ${experiments.length} experiments.`);
  return experiments;
}

/**
 * CSV straight from the server's pages to stdout, through the export's spool, so memory stays
 * flat however many runs --all brings. What more matches is said on stderr.
 */
async function streamCsv(
  client: MlflowClient,
  search: RunSearch,
  experiments: readonly Experiment[],
  columnSpecs: ColumnSpec[] | undefined,
  maxResults: number,
): Promise<void> {
  const summary = await exportRuns(client, search, experiments, "csv", process.stdout, {
    columns: (keys) => (columnSpecs ? resolveColumns(columnSpecs, keys) : allColumns(keys)),
  });
  const token = summary.nextPageToken;
  if (token === undefined) return;
  const next = await searchRuns(client, { ...search, limit: 1, pageToken: token });
  if (next.runs.length > 0) log.info(moreRunsNote(summary.runs, token, maxResults));
}

/**
 * `runs --all --format json`, written page by page as the server answers, so memory stays flat
 * however many runs match: the same object as without --all, with `count` after the runs.
 */
async function streamJson(
  client: MlflowClient,
  search: RunSearch,
  experiments: readonly Experiment[],
  columnSpecs: ColumnSpec[] | undefined,
): Promise<void> {
  // The filter and order as sent (keys quoted); runPages reports the quoting itself.
  const echo = prepareRunSearch(client, search, true);
  const filters = keyFilters(columnSpecs);
  await exportRuns(client, search, experiments, "json", process.stdout, {
    jsonHeader: { filter: echo.filter ?? null, order_by: echo.orderBy, next_page_token: null },
    jsonRecord: (run) => runRecord(run, filters),
  });
}

function moreRunsNote(returned: number, token: string, maxResults: number): string {
  return (
    `More runs match than the ${returned} returned: pass --all for every one, or ` +
    `--page-token ${token} for the next ${maxResults}.`
  );
}

function hiddenKeysNote(keys: KeySets, columns: readonly string[]): string {
  const hidden = (["metrics", "params", "tags"] as const).map((kind) => {
    const count = keys[kind].filter((key) => !columns.includes(`${kind}.${key}`)).length;
    return `${kind} ${count}`;
  });
  return (
    `Keys not shown: ${hidden.join(", ")}. Pick columns with --columns ` +
    "(e.g. --columns run_name,metrics.sharpe*,params.*), or use --format json or csv for all."
  );
}
