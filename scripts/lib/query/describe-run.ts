import type { MlflowClient } from "../mlflow/client.ts";
import { SkillError } from "../errors.ts";
import type { Run } from "../mlflow/types.ts";
import { log } from "../output/logger.ts";
import { type ArtifactTree, listArtifactTree } from "./artifacts.ts";
import { getRunOrExplain } from "./run-lookup.ts";

/** Artifacts listed when describing a run; `artifacts RUN_ID` lists them all. */
export const DESCRIBE_MAX_ARTIFACTS = 200;

export interface RunDescription {
  run: Run;
  /** The run's artifacts, or why they could not be listed. */
  artifacts: ArtifactTree | { error: string };
}

/**
 * Everything about one run: its info, params, latest metric values, tags and dataset inputs
 * (one request), and its artifact list. A server that cannot list artifacts (one started with
 * --no-serve-artifacts, say) still gets the rest described, with the reason in place of the list.
 */
export async function describeRun(client: MlflowClient, runId: string): Promise<RunDescription> {
  const run = await getRunOrExplain(client, runId);
  try {
    return {
      run,
      artifacts: await listArtifactTree(client, runId, undefined, DESCRIBE_MAX_ARTIFACTS),
    };
  } catch (error) {
    if (!(error instanceof SkillError)) throw error;
    log.warn(`Could not list the run's artifacts: ${error.message}`);
    return { run, artifacts: { error: error.problem } };
  }
}
