import { withClient } from "../mlflow/client.ts";
import { printJson, printText } from "../output/json.ts";
import { log } from "../output/logger.ts";
import { backtestArtifacts } from "./artifacts.ts";
import { deliverRun } from "./deliver.ts";
import { buildRunPayload, defaultRunName } from "./payload.ts";
import { prepareBacktest } from "./prepare.ts";
import { replaySavedRun, replaySettings, savedPayloadFile } from "./replay.ts";
import { type Delivery, backtestResult, backtestText, inputSummary } from "./report.ts";
import { parseBacktestRequest } from "./request.ts";
import { renderBacktestTearsheet, writeTearsheet } from "./tearsheet.ts";
import { readUnsentPayload } from "./unsent.ts";

/**
 * log_backtest's work, loaded only once --help has been ruled out: read and measure the
 * backtest, draw its tearsheet, and send it (or print it, for a dry run); or replay a run
 * saved earlier.
 */
export async function logBacktest(argv: string[]): Promise<void> {
  const request = parseBacktestRequest(argv);

  if ("replay" in request) {
    const file = savedPayloadFile(request.replay);
    const payload = readUnsentPayload(file);
    const outcome = await withClient(
      (client) => replaySavedRun(client, file, payload),
      replaySettings(payload),
    );
    if (request.format === "json") printJson(outcome.json);
    else printText(outcome.text);
    return;
  }

  const prepared = await prepareBacktest(request);
  const runName = request.runName ?? defaultRunName(request.returns.file);
  const drawTearsheet = !request.dryRun || request.tearsheet !== undefined;
  const tearsheetHtml = drawTearsheet
    ? await renderBacktestTearsheet(prepared, runName)
    : undefined;
  if (request.tearsheet && tearsheetHtml) writeTearsheet(request.tearsheet, tearsheetHtml);
  const artifacts = backtestArtifacts(
    prepared,
    { metrics: prepared.metrics, input: inputSummary(prepared) },
    tearsheetHtml,
  );
  const payload = buildRunPayload(request, prepared, artifacts);

  let delivery: Delivery | undefined;
  if (!request.dryRun) {
    const sent = await withClient((client) => {
      log.info(
        `Logging ${Object.keys(prepared.metrics).length} metrics to ${client.trackingUri} ...`,
      );
      return deliverRun(client, payload);
    });
    delivery = { sent, experimentName: payload.experimentName, runName: payload.runName };
  }

  if (request.format === "json") printJson(backtestResult(prepared, delivery, request.tearsheet));
  else printText(backtestText(prepared, delivery, request.tearsheet));
}
