import { EXIT_CODES, SkillError } from "../errors.ts";
import type { MlflowClient } from "../mlflow/client.ts";
import { log } from "../output/logger.ts";
import type { RunPayload } from "./payload.ts";
import { type SentRun, sendRunPayload } from "./send.ts";
import { UnsentRunError, replayCommand, saveUnsentPayload } from "./unsent.ts";

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
  const stopHandler = saveOnInterrupt(payload, options.savedFile);
  try {
    return await sendRunPayload(client, payload, options);
  } catch (error) {
    if (error instanceof SkillError && error.exitCode === EXIT_CODES.server) {
      const file = saveUnsentPayload(payload, options.savedFile);
      throw new UnsentRunError(error, file, payload.runId);
    }
    throw error;
  } finally {
    stopHandler();
  }
}

/** Exit status of a process stopped by Ctrl-C (128 + SIGINT), as shells report it. */
const INTERRUPTED_EXIT_CODE = 130;

/**
 * While a run is being sent, Ctrl-C or an agent's timeout (SIGINT, SIGTERM) would leave it
 * half logged with nothing kept. Instead the whole payload is saved first and the message
 * gives the replay command, which completes the same run. Returns the function that removes
 * the handlers once sending is over.
 */
function saveOnInterrupt(payload: RunPayload, savedFile: string | undefined): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    const file = saveUnsentPayload(payload, savedFile);
    const run = payload.runId ? ` Run ${payload.runId} stays RUNNING until then.` : "";
    log.error(
      `Interrupted (${signal}) while sending to MLflow. Nothing is lost: the whole run is ` +
        `saved in ${file}.${run} Send it with: ${replayCommand(file)}`,
    );
    process.exit(INTERRUPTED_EXIT_CODE);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}
