import { parseFlags, parseNumberFlag } from "../../cli/args.ts";
import type { Experiment } from "../../mlflow/types.ts";
import { listExperiments } from "../experiments.ts";
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

const FLAGS = {
  ...COMMON_FLAGS,
  filter: { type: "string" },
  "order-by": { type: "string", multiple: true },
  "max-results": { type: "string" },
  all: { type: "boolean" },
  "page-token": { type: "string" },
  view: { type: "string" },
} as const;

/** The default number of experiments listed, as for runs. */
const DEFAULT_MAX_RESULTS = 100;

const COLUMNS = [
  "experiment_id",
  "name",
  "lifecycle_stage",
  "creation_time",
  "description",
  "tags",
  "artifact_location",
  "last_update_time",
];

/** `experiments`: lists experiments with their id, name, location, stage, times and tags. */
export async function experimentsCommand(argv: string[]): Promise<void> {
  const { values: flags } = parseFlags(argv, FLAGS, SCRIPT);
  const format = parseFormat(flags.format);
  const tableRows = parseTableRows(flags["table-rows"]);
  refuseAllWithMaxResults(flags);
  const maxResults =
    parseNumberFlag("--max-results", flags["max-results"], {
      min: 1,
      max: 1_000_000,
      integer: true,
      example: "500",
    }) ?? DEFAULT_MAX_RESULTS;

  const list = await withClient((client) =>
    listExperiments(client, {
      filter: flags.filter,
      orderBy: flags["order-by"] ?? [],
      viewType: parseView(flags.view),
      limit: flags.all ? Infinity : maxResults,
      pageToken: flags["page-token"],
    }),
  );

  const footer = list.nextPageToken
    ? [
        `More experiments match: pass --all, or --page-token ${list.nextPageToken} for the next ` +
          `${maxResults}.`,
      ]
    : [];
  emit({
    format,
    json: () => ({
      experiments: list.experiments.map(experimentRecord),
      next_page_token: list.nextPageToken ?? null,
    }),
    table: {
      columns: COLUMNS,
      rows: list.experiments.map((experiment) => ({
        ...experimentRecord(experiment),
        description: experiment.tags["mlflow.note.content"],
        tags: format === "csv" ? JSON.stringify(experiment.tags) : tagSummary(experiment.tags),
      })),
      timeColumns: new Set(["creation_time", "last_update_time"]),
    },
    bounds: {
      maxRows: tableRows,
      noun: "experiments",
      rowsHint: "pass --table-rows 0, or --format json or csv",
      columnsHint: "use --format json for every field",
    },
    footer,
  });
}

/** An experiment as the JSON output gives it; times in milliseconds since the epoch. */
export function experimentRecord(experiment: Experiment) {
  return {
    experiment_id: experiment.experimentId,
    name: experiment.name,
    artifact_location: experiment.artifactLocation ?? null,
    lifecycle_stage: experiment.lifecycleStage,
    creation_time: experiment.creationTime ?? null,
    last_update_time: experiment.lastUpdateTime ?? null,
    tags: experiment.tags,
  };
}

/** Tags on one line, `key=value; ...`, MLflow's own `mlflow.*` tags left out. */
function tagSummary(tags: Record<string, string>): string {
  return Object.entries(tags)
    .filter(([key]) => !key.startsWith("mlflow."))
    .map(([key, value]) => `${key}=${value}`)
    .join("; ");
}
