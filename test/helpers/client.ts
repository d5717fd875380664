import { inject } from "vitest";

import { readTrackingSettings } from "../../scripts/lib/config/settings.ts";
import { MlflowClient } from "../../scripts/lib/mlflow/client.ts";

/** The servers compatibility-checked tests run against (see test/setup/mlflow-server.ts). */
export const SERVERS = inject("mlflowServers");

/** A client for a real MLflow server the suite started: the pinned MLflow 3 one by default. */
export function testClient(env: NodeJS.ProcessEnv = {}, url = inject("mlflowUrl")): MlflowClient {
  return new MlflowClient(readTrackingSettings({ MLFLOW_TRACKING_URI: url, ...env }));
}
