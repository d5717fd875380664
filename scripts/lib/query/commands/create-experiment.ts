import { parseChoice, parseFlags } from "../../cli/args.ts";
import { UsageError } from "../../errors.ts";
import { parseJsonRecord } from "../../backtest/request.ts";
import { printJson, printText } from "../../output/json.ts";
import { formatTime } from "../../output/cells.ts";
import {
  DESCRIPTION_TAG,
  type ExperimentOutcome,
  createOrFindExperiment,
} from "../create-experiment.ts";
import { uiUrl, withClient } from "./common.ts";
import { experimentRecord } from "./experiments.ts";

const SCRIPT = "create_experiment";

const FLAGS = {
  name: { type: "string", short: "n" },
  description: { type: "string" },
  tags: { type: "string" },
  "artifact-location": { type: "string" },
  restore: { type: "boolean" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The server's limits: experiment names up to 500 characters, experiment tag values 5000. */
const MAX_NAME_LENGTH = 500;
const MAX_TAG_VALUE_LENGTH = 5000;
const MAX_ARTIFACT_LOCATION_LENGTH = 2048;

/** create_experiment: parses the flags, creates or finds the experiment, prints the outcome. */
export async function createExperimentCommand(argv: string[]): Promise<void> {
  const { values: flags } = parseFlags(argv, FLAGS, SCRIPT);
  const format = parseChoice("--format", flags.format, ["table", "json"] as const, "table");
  const name = flags.name?.trim() ?? "";
  if (name === "") {
    throw new UsageError("No experiment name given.", "Pass --name NAME.");
  }
  checkLength("--name", name, MAX_NAME_LENGTH);
  const tags = parseJsonRecord("--tags", flags.tags);
  for (const [key, value] of Object.entries(tags))
    checkLength(`--tags ${key}`, value, MAX_TAG_VALUE_LENGTH);
  if (flags.description !== undefined) {
    checkLength("--description", flags.description, MAX_TAG_VALUE_LENGTH);
  }
  if (flags["artifact-location"] !== undefined) {
    checkLength("--artifact-location", flags["artifact-location"], MAX_ARTIFACT_LOCATION_LENGTH);
  }

  const { outcome, url } = await withClient(async (client) => {
    const outcome = await createOrFindExperiment(client, {
      name,
      description: flags.description,
      tags,
      artifactLocation: flags["artifact-location"],
      restore: flags.restore ?? false,
    });
    return { outcome, url: uiUrl(client.trackingUri, outcome.experiment.experimentId) };
  });

  if (format === "json") {
    printJson({
      status: "ok",
      action: outcome.action,
      created: outcome.action === "created",
      experiment: experimentRecord(outcome.experiment),
      experiment_url: url,
      not_applied: outcome.notApplied,
    });
  } else {
    printText(outcomeText(outcome, url));
  }
}

function checkLength(flag: string, value: string, max: number): void {
  if (value.length <= max) return;
  throw new UsageError(
    `${flag} is ${value.length} characters long; MLflow takes at most ${max}.`,
    `Shorten it to ${max} characters or fewer.`,
  );
}

const VERBS = {
  created: "Created",
  exists: "Found the existing",
  restored: "Restored the deleted",
} as const;

function outcomeText(outcome: ExperimentOutcome, url: string): string {
  const experiment = outcome.experiment;
  const lines = [
    `${VERBS[outcome.action]} experiment "${experiment.name}" (id ${experiment.experimentId}).`,
    `  ${url}`,
    `  artifact location: ${experiment.artifactLocation ?? "(server default)"}`,
    `  created: ${formatTime(experiment.creationTime)}`,
  ];
  const description = experiment.tags[DESCRIPTION_TAG];
  if (description !== undefined) lines.push(`  description: ${description}`);
  const tags = Object.entries(experiment.tags).filter(([key]) => key !== DESCRIPTION_TAG);
  if (tags.length > 0) lines.push(`  tags: ${tags.map(([k, v]) => `${k}=${v}`).join(", ")}`);
  if (outcome.notApplied.length > 0) {
    lines.push(`  left unchanged (it already existed): ${outcome.notApplied.join("; ")}`);
  }
  return lines.join("\n");
}
