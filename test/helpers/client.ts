import { inject } from "vitest";

import { readTrackingSettings } from "../../scripts/lib/config/settings.ts";
import { MlflowClient } from "../../scripts/lib/mlflow/client.ts";

/** A client for the real MLflow server the suite started (see test/setup/mlflow-server.ts). */
export function testClient(env: NodeJS.ProcessEnv = {}): MlflowClient {
  return new MlflowClient(
    readTrackingSettings({ MLFLOW_TRACKING_URI: inject("mlflowUrl"), ...env }),
  );
}
