import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import {
  type RunningServer,
  freePort,
  startMlflowServer,
} from "../../scripts/lib/server/mlflow-server.ts";

/**
 * MLflow 3 reports usage to mlflow-telemetry.io unless told not to; nothing the benchmarks
 * start may talk to any host but 127.0.0.1, so every MLflow process gets these.
 */
export const NO_TELEMETRY = { MLFLOW_DISABLE_TELEMETRY: "true", DO_NOT_TRACK: "true" } as const;

/**
 * The project's own local MLflow server (SQLite, artifacts proxied) on a free port of
 * 127.0.0.1, in a temporary folder that is removed when it stops. Stopped on Ctrl-C too, so an
 * interrupted benchmark leaves nothing running.
 */
export async function startBenchServer(workers: number): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(process.env.BENCH_TMP ?? tmpdir(), "mlflow-bench-"));
  const server = await startMlflowServer({
    dataDir,
    port: await freePort(),
    detached: false,
    workers,
    env: NO_TELEMETRY,
  });
  const stop = async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return { ...server, stop };
}
