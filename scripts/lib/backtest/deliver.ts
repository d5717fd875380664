import { EXIT_CODES, SkillError } from "../errors.ts";
import type { MlflowClient } from "../mlflow/client.ts";
import type { RunPayload } from "./payload.ts";
import { type SentRun, sendRunPayload } from "./send.ts";
import { UnsentRunError, saveUnsentPayload } from "./unsent.ts";

/**
 * Sends the run; if the server cannot be reached, refuses, or fails partway, the complete
 * payload is saved to a file first and the error names it with the command that resends it.
 * Errors in the user's own input (exit code 2) are not saved: resending would fail the same way.
 * A replay that fails again rewrites the file it came from (now naming the run it began).
 */
export async function deliverRun(
  client: MlflowClient,
  payload: RunPayload,
  options: { replay?: boolean; savedFile?: string } = {},
): Promise<SentRun> {
  try {
    return await sendRunPayload(client, payload, options);
  } catch (error) {
    if (error instanceof SkillError && error.exitCode === EXIT_CODES.server) {
      const file = saveUnsentPayload(payload, options.savedFile);
      throw new UnsentRunError(error, file, payload.runId);
    }
    throw error;
  }
}
