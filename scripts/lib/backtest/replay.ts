import { existsSync } from "node:fs";

import { type TrackingSettings, readTrackingSettings } from "../config/settings.ts";
import type { MlflowClient } from "../mlflow/client.ts";
import { log } from "../output/logger.ts";
import { CURVE_KEYS } from "./curves.ts";
import { deliverRun } from "./deliver.ts";
import type { RunPayload } from "./payload.ts";
import { type Delivery, deliveryFields, deliveryLines, metricsTable } from "./report.ts";
import { markPayloadSent, saveUnsentPayload, sentPathOf } from "./unsent.ts";

const CURVE_PREFIX = CURVE_KEYS.drawdown.slice(0, CURVE_KEYS.drawdown.indexOf("/") + 1);

/**
 * The file to replay: the one named, or, once a replay has delivered it and moved it to the
 * unsent folder's sent/, that copy. Running the printed replay command twice is then harmless:
 * the second run completes the same run again instead of failing on a missing file.
 */
export function savedPayloadFile(file: string): string {
  if (existsSync(file)) return file;
  const sent = sentPathOf(file);
  if (sent && existsSync(sent)) {
    log.info(`${file} was already sent and moved to ${sent}; replaying that copy.`);
    return sent;
  }
  return file;
}

/**
 * The settings a replay sends with. MLFLOW_TRACKING_URI, when set, wins (the user may mean
 * another server); otherwise the server the run was meant for, which the payload records, so a
 * replay from a fresh shell does not fall back to the default address.
 */
export function replaySettings(payload: RunPayload): TrackingSettings {
  const env = process.env;
  const unset = env.MLFLOW_TRACKING_URI === undefined || env.MLFLOW_TRACKING_URI === "";
  if (payload.trackingUri === undefined) return readTrackingSettings(env);
  if (unset) return readTrackingSettings({ ...env, MLFLOW_TRACKING_URI: payload.trackingUri });

  const settings = readTrackingSettings(env);
  if (settings.trackingUri !== payload.trackingUri) {
    log.warn(
      `The saved run was meant for ${payload.trackingUri}; MLFLOW_TRACKING_URI sends it to ` +
        `${settings.trackingUri} instead. Unset the variable to send it where it was meant to go.`,
    );
  }
  return settings;
}

/** Sends a payload saved by a run that could not reach MLflow, and describes the result. */
export async function replaySavedRun(client: MlflowClient, file: string, payload: RunPayload) {
  log.info(`Sending the saved run "${payload.runName}" from ${file} to ${client.trackingUri} ...`);
  const sent = await deliverRun(client, payload, { replay: true, savedFile: file });
  // The kept copy then names the run and server it landed on, for a replay run again later.
  saveUnsentPayload(payload, file);
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
