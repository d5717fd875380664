import { EXIT_CODES, SkillError, UsageError } from "../errors.ts";
import { artifactProxyProblem, uploadArtifact } from "../mlflow/artifacts.ts";
import type { MlflowClient } from "../mlflow/client.ts";
import { DeletedExperimentError, MlflowApiError, MlflowConnectionError } from "../mlflow/errors.ts";
import { logInputs } from "../mlflow/inputs.ts";
import type { Experiment, Run } from "../mlflow/types.ts";
import { log } from "../output/logger.ts";
import { artifactBytes } from "./artifacts.ts";
import type { RunPayload } from "./payload.ts";

export interface SentRun {
  runId: string;
  experimentId: string;
  experimentCreated: boolean;
  runUrl: string;
  /** Artifacts stored in the run, or empty with `artifactsSkipped` saying why. */
  artifactsUploaded: string[];
  artifactsSkipped: string | undefined;
}

/** A run was created but could not be completed; it is marked FAILED when the server allows. */
export class RunFailedError extends SkillError {
  readonly runId: string;

  constructor(runId: string, cause: unknown, markedFailed: boolean) {
    const reason = cause instanceof SkillError ? cause.problem : String(cause);
    const next = cause instanceof SkillError ? cause.nextStep : "Check the server and try again.";
    const state = markedFailed
      ? "so it is marked FAILED"
      : "and it could not be marked FAILED either, so it shows as RUNNING until it is sent again";
    super(
      `Run ${runId} was created but logging failed, ${state}: ${reason}`,
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
 * Sends a whole run: finds or creates the experiment, creates the run (or takes up the one
 * named in `payload.runId`, for a replay), logs params, tags, metrics and curves, records the
 * datasets, uploads the artifacts, then marks it FINISHED. If anything fails once the run
 * exists, the run is marked FAILED (it never stays RUNNING) and RunFailedError says so;
 * `payload.runId` is set as soon as the run exists, so the caller can save it for a replay.
 */
export async function sendRunPayload(
  client: MlflowClient,
  payload: RunPayload,
  options: { replay?: boolean } = {},
): Promise<SentRun> {
  // Recorded before anything is sent, so a saved payload names the server it was meant for.
  payload.trackingUri = client.trackingUri;
  const { experiment, created } = await experimentFor(client, payload.experimentName);

  const run = await takeUpOrCreateRun(client, payload, experiment.experimentId, options.replay);
  const runId = run.info.runId;
  payload.runId = runId;

  try {
    const requests = await client.logBatch(runId, payload);
    log.debug(`logged ${payload.metrics.length} metric points in ${requests} requests`);
    await logInputs(client.transport, runId, payload.datasets);
    const artifacts = await uploadArtifacts(client, run, payload);
    await client.updateRun(runId, { status: "FINISHED", endTime: Date.now() });
    return {
      runId,
      experimentId: experiment.experimentId,
      experimentCreated: created,
      runUrl: runUrl(client.trackingUri, experiment.experimentId, runId),
      ...artifacts,
    };
  } catch (error) {
    throw new RunFailedError(runId, error, await markFailed(client, runId));
  }
}

/**
 * A replayed payload may have begun its run already; that run is completed instead of starting
 * a second one. Logging again is safe: MLflow stores an identical metric point once and takes a
 * param logged again with the same value.
 */
async function takeUpOrCreateRun(
  client: MlflowClient,
  payload: RunPayload,
  experimentId: string,
  replay = false,
): Promise<Run> {
  const begun = replay ? await begunRun(client, payload, experimentId) : undefined;
  if (!begun) return createRunOnce(client, payload, experimentId);
  log.info(
    begun.info.status === "FINISHED"
      ? `Run ${begun.info.runId} already holds this payload; sending it again adds nothing (its end time moves).`
      : `Completing run ${begun.info.runId}, which the saved payload began.`,
  );
  await client.updateRun(begun.info.runId, { status: "RUNNING" });
  return begun;
}

/**
 * The active run this payload began on this server, if any: the run it names, when the server
 * holds it with the payload's tag (whatever address reached it before), else a run carrying the
 * tag (the payload was saved before the reply to the run's creation came back).
 */
async function begunRun(
  client: MlflowClient,
  payload: RunPayload,
  experimentId: string,
): Promise<Run | undefined> {
  if (payload.runId) {
    const named = await client.findRun(payload.runId);
    const ours = named?.tags[PAYLOAD_ID_TAG] === payload.payloadId;
    if (named && ours && named.info.lifecycleStage === "active") return named;
  }
  const landed = await findRunByPayloadId(client, experimentId, payload.payloadId);
  return landed?.info.lifecycleStage === "active" ? landed : undefined;
}

/** The run tag holding the payload's id; it lets a retry find a run whose reply was lost. */
export const PAYLOAD_ID_TAG = "skill.payload_id";

/** Attempts at creating the run when the connection breaks with the request out. */
const CREATE_RUN_ATTEMPTS = 3;

/**
 * Creates the run exactly once. If the connection breaks after the request went out, the run
 * may exist anyway: it is looked up by its payload tag before trying again, so a lost reply
 * never leaves a second, forever-RUNNING run behind.
 */
async function createRunOnce(
  client: MlflowClient,
  payload: RunPayload,
  experimentId: string,
): Promise<Run> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await client.createRun({
        experimentId,
        runName: payload.runName,
        startTime: payload.startTime,
        tags: { [PAYLOAD_ID_TAG]: payload.payloadId },
        userId: payload.tags.find((tag) => tag.key === "mlflow.user")?.value,
      });
    } catch (error) {
      if (!(error instanceof MlflowConnectionError) || attempt >= CREATE_RUN_ATTEMPTS) throw error;
      const landed = await findRunByPayloadId(client, experimentId, payload.payloadId);
      if (landed) {
        log.debug(`run creation landed despite the broken connection: ${landed.info.runId}`);
        return landed;
      }
    }
  }
}

async function findRunByPayloadId(
  client: MlflowClient,
  experimentId: string,
  payloadId: string,
): Promise<Run | undefined> {
  const page = await client.searchRuns({
    experimentIds: [experimentId],
    filter: `tags.\`${PAYLOAD_ID_TAG}\` = '${payloadId}'`,
    maxResults: 1,
  });
  return page.items[0];
}

async function uploadArtifacts(
  client: MlflowClient,
  run: Run,
  payload: RunPayload,
): Promise<{ artifactsUploaded: string[]; artifactsSkipped: string | undefined }> {
  if (payload.artifacts.length === 0) return { artifactsUploaded: [], artifactsSkipped: undefined };

  const problem = artifactProxyProblem(run.info.artifactUri);
  if (problem) return skipped(problem);

  const uploaded: string[] = [];
  for (const artifact of payload.artifacts) {
    try {
      await uploadArtifact(
        client.transport,
        run.info.artifactUri!,
        artifact.path,
        artifactBytes(artifact),
        artifact.contentType,
      );
    } catch (error) {
      // The proxy answers 503 in plain text when the server runs with --no-serve-artifacts.
      if (error instanceof MlflowApiError && error.status === 503 && uploaded.length === 0) {
        return skipped(`the server's artifact proxy is off (${error.serverMessage.slice(0, 120)})`);
      }
      throw error;
    }
    uploaded.push(artifact.path);
  }
  return { artifactsUploaded: uploaded, artifactsSkipped: undefined };
}

function skipped(reason: string) {
  log.warn(`Artifacts were not uploaded: ${reason}. Params, metrics and datasets were logged.`);
  return { artifactsUploaded: [], artifactsSkipped: reason };
}

/** Marks the run FAILED; says whether the server took it. */
async function markFailed(client: MlflowClient, runId: string): Promise<boolean> {
  try {
    await client.updateRun(runId, { status: "FAILED", endTime: Date.now() });
    return true;
  } catch (error) {
    log.debug(`could not mark run ${runId} FAILED: ${(error as Error).message}`);
    return false;
  }
}

/**
 * The active experiment of this name, created if missing. A name made of digits that no
 * experiment has, while an experiment has it as its id, is refused: it is an id passed where a
 * name goes (copied from query_runs, say), and creating an experiment called "4" would file the
 * run where nobody looks.
 */
async function experimentFor(
  client: MlflowClient,
  name: string,
): Promise<{ experiment: Experiment; created: boolean }> {
  const existing = await client.getExperimentByName(name);
  if (existing) {
    if (existing.lifecycleStage !== "active") {
      throw new DeletedExperimentError(
        existing,
        `Restore it with \`create_experiment --name "${name}" --restore\`, or pass another ` +
          "--experiment.",
      );
    }
    return { experiment: existing, created: false };
  }
  if (/^\d+$/.test(name)) {
    const byId = await client.findExperiment(name);
    if (byId) {
      throw new UsageError(
        `--experiment ${name} names no experiment, but experiment id ${name} is ` +
          `"${byId.name}"; log_backtest takes names, so it would create an experiment "${name}".`,
        `Pass --experiment "${byId.name}" to log there, or a name that is not a number.`,
      );
    }
  }
  const { experiment, created } = await client.getOrCreateExperiment(name);
  if (created) log.info(`Created experiment "${experiment.name}" (id ${experiment.experimentId}).`);
  return { experiment, created };
}
