import { EXIT_CODES, SkillError } from "../errors.ts";
import type { MlflowClient } from "../mlflow/client.ts";
import { DeletedExperimentError, MlflowApiError } from "../mlflow/errors.ts";
import type { Experiment } from "../mlflow/types.ts";
import { log } from "../output/logger.ts";

/** The experiment tag MLflow's UI shows as the experiment's description. */
export const DESCRIPTION_TAG = "mlflow.note.content";

export interface ExperimentRequest {
  name: string;
  description?: string;
  tags: Record<string, string>;
  artifactLocation?: string;
  restore: boolean;
}

export type ExperimentAction = "created" | "exists" | "restored";

export interface ExperimentOutcome {
  action: ExperimentAction;
  experiment: Experiment;
  /** What was asked but not applied, because the experiment already existed. */
  notApplied: string[];
}

/**
 * Creates the experiment, or finds the one already holding the name, so that running the same
 * command twice is safe:
 * - none with that name: create it with its tags, description and artifact location;
 * - an active one: return it, unchanged (exit 0, action "exists");
 * - a deleted one: refuse, naming --restore; with --restore, restore it (action "restored").
 * An existing experiment is never modified; tags, description or location that differ from
 * what was asked are listed in `notApplied` and on stderr.
 * Another process creating the same name at the same moment is resolved by reading it back.
 */
export async function createOrFindExperiment(
  client: MlflowClient,
  request: ExperimentRequest,
): Promise<ExperimentOutcome> {
  const existing = await client.getExperimentByName(request.name);
  if (existing) return useExisting(client, existing, request);

  const tags = { ...request.tags };
  if (request.description !== undefined) tags[DESCRIPTION_TAG] = request.description;
  try {
    const id = await client.createExperiment(request.name, {
      artifactLocation: request.artifactLocation,
      tags,
    });
    return { action: "created", experiment: await client.getExperiment(id), notApplied: [] };
  } catch (error) {
    if (error instanceof MlflowApiError && error.errorCode === "RESOURCE_ALREADY_EXISTS") {
      const raced = await client.getExperimentByName(request.name);
      if (raced) return useExisting(client, raced, request);
    }
    throw error;
  }
}

async function useExisting(
  client: MlflowClient,
  experiment: Experiment,
  request: ExperimentRequest,
): Promise<ExperimentOutcome> {
  let action: ExperimentAction = "exists";
  let current = experiment;
  if (experiment.lifecycleStage !== "active") {
    if (!request.restore) {
      throw new DeletedExperimentError(
        experiment,
        "Pass --restore to bring it back with its runs, or choose another --name.",
      );
    }
    await client.restoreExperiment(experiment.experimentId);
    current = await client.getExperiment(experiment.experimentId);
    action = "restored";
  } else if (request.restore) {
    log.info(`Experiment "${experiment.name}" is active; --restore had nothing to do.`);
  }

  const notApplied = differences(current, request);
  if (notApplied.length > 0) {
    log.warn(
      `Experiment "${current.name}" already existed and was left as it is; not applied: ` +
        `${notApplied.join("; ")}. Change it in the MLflow UI if you meant to.`,
    );
  }
  return { action, experiment: current, notApplied };
}

function differences(experiment: Experiment, request: ExperimentRequest): string[] {
  const found: string[] = [];
  if (
    request.description !== undefined &&
    experiment.tags[DESCRIPTION_TAG] !== request.description
  ) {
    found.push("--description");
  }
  for (const [key, value] of Object.entries(request.tags)) {
    if (experiment.tags[key] !== value) found.push(`tag ${key}`);
  }
  if (
    request.artifactLocation !== undefined &&
    experiment.artifactLocation !== request.artifactLocation
  ) {
    found.push(`--artifact-location (it is ${experiment.artifactLocation ?? "unset"})`);
  }
  return found;
}
