import { UsageError } from "../errors.ts";
import type { MlflowClient } from "../mlflow/client.ts";
import { MlflowApiError } from "../mlflow/errors.ts";
import type { Run } from "../mlflow/types.ts";
import { NotFoundError } from "./experiments.ts";

/** The run ids MLflow accepts: a letter or digit, then up to 255 word characters or dashes. */
const RUN_ID = /^[a-zA-Z0-9][\w-]{0,255}$/;

/** Refuses a run id MLflow could not hold, before anything is sent. */
export function checkRunId(runId: string): string {
  if (RUN_ID.test(runId)) return runId;
  throw new UsageError(
    `${JSON.stringify(runId)} is not a run id.`,
    "Run ids are 32 hex characters; find them with `query_runs runs --experiment NAME`.",
  );
}

/** A run by id; a run the server does not know is the user's mistake (exit 2), not the server's. */
export async function getRunOrExplain(client: MlflowClient, runId: string): Promise<Run> {
  try {
    return await client.getRun(checkRunId(runId));
  } catch (error) {
    if (error instanceof MlflowApiError && error.status === 404) {
      throw new NotFoundError(
        `No run has the id ${runId} on ${client.trackingUri}.`,
        "Find run ids with `query_runs runs --experiment NAME` (add --view all for deleted runs).",
      );
    }
    throw error;
  }
}
