import { EXIT_CODES, SkillError } from "../errors.ts";
import type { MlflowClient } from "../mlflow/client.ts";
import { log } from "../output/logger.ts";
import type { RunPayload } from "./payload.ts";

export interface SentRun {
  runId: string;
  experimentId: string;
  experimentCreated: boolean;
  runUrl: string;
}

/** A run was created but could not be completed; it has been marked FAILED where possible. */
export class RunFailedError extends SkillError {
  readonly runId: string;

  constructor(runId: string, cause: unknown) {
    const reason = cause instanceof SkillError ? cause.problem : String(cause);
    const next = cause instanceof SkillError ? cause.nextStep : "Check the server and try again.";
    super(
      `Run ${runId} was created but logging failed, so it is marked FAILED: ${reason}`,
      next,
      EXIT_CODES.server,
      {
        cause,
      },
    );
    this.runId = runId;
  }
}

/** The address of a run in MLflow's web UI. */
export function runUrl(trackingUri: string, experimentId: string, runId: string): string {
  return `${trackingUri}/#/experiments/${experimentId}/runs/${runId}`;
}

/**
 * Creates the run and logs the whole payload, then marks it FINISHED. If anything fails after
 * the run exists, the run is marked FAILED (so it never stays RUNNING) and RunFailedError says so.
 */
export async function sendRunPayload(client: MlflowClient, payload: RunPayload): Promise<SentRun> {
  const { experiment, created } = await client.getOrCreateExperiment(payload.experimentName);
  assertActive(experiment.lifecycleStage, payload.experimentName);
  if (created) log.info(`Created experiment "${experiment.name}" (id ${experiment.experimentId}).`);

  const run = await client.createRun({
    experimentId: experiment.experimentId,
    runName: payload.runName,
    startTime: payload.startTime,
  });
  const runId = run.info.runId;

  try {
    const requests = await client.logBatch(runId, {
      metrics: payload.metrics,
      params: payload.params,
      tags: payload.tags,
    });
    log.debug(`logged ${payload.metrics.length} metric points in ${requests} requests`);
    await client.updateRun(runId, { status: "FINISHED", endTime: Date.now() });
  } catch (error) {
    await markFailed(client, runId);
    throw new RunFailedError(runId, error);
  }

  return {
    runId,
    experimentId: experiment.experimentId,
    experimentCreated: created,
    runUrl: runUrl(client.trackingUri, experiment.experimentId, runId),
  };
}

async function markFailed(client: MlflowClient, runId: string): Promise<void> {
  try {
    await client.updateRun(runId, { status: "FAILED", endTime: Date.now() });
  } catch (error) {
    log.warn(`Could not mark run ${runId} FAILED: ${(error as Error).message}`);
  }
}

function assertActive(lifecycleStage: string, name: string): void {
  if (lifecycleStage === "active") return;
  throw new SkillError(
    `The experiment "${name}" is deleted; MLflow keeps its name, so no new one can take it.`,
    `Restore it with \`create_experiment --name "${name}" --restore\`, or pass another --experiment.`,
    EXIT_CODES.usageOrInput,
  );
}
