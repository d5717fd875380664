import type { MlflowClient } from "../mlflow/client.ts";
import { log } from "../output/logger.ts";
import { CURVE_KEYS } from "./curves.ts";
import { deliverRun } from "./deliver.ts";
import { type Delivery, deliveryFields, deliveryLines, metricsTable } from "./report.ts";
import { markPayloadSent, readUnsentPayload } from "./unsent.ts";

const CURVE_PREFIX = CURVE_KEYS.drawdown.slice(0, CURVE_KEYS.drawdown.indexOf("/") + 1);

/** Sends a payload saved by a run that could not reach MLflow, and describes the result. */
export async function replaySavedRun(client: MlflowClient, file: string) {
  const payload = readUnsentPayload(file);
  log.info(`Sending the saved run "${payload.runName}" from ${file} to ${client.trackingUri} ...`);
  const sent = await deliverRun(client, payload, { replay: true, savedFile: file });
  const movedTo = markPayloadSent(file);
  const delivery: Delivery = {
    sent,
    experimentName: payload.experimentName,
    runName: payload.runName,
  };

  const metrics = Object.fromEntries(
    payload.metrics.filter((m) => !m.key.startsWith(CURVE_PREFIX)).map((m) => [m.key, m.value]),
  );
  return {
    json: {
      status: "ok",
      dry_run: false,
      replayed: file,
      ...(movedTo ? { moved_to: movedTo } : {}),
      ...deliveryFields(delivery),
      metrics,
    },
    text: [
      ...deliveryLines(delivery),
      `  (replayed from ${file}${movedTo ? `, now kept in ${movedTo}` : ""})`,
      "",
      metricsTable(metrics),
    ].join("\n"),
  };
}
