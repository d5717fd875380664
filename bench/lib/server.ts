import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";

import {
  type RunningServer,
  freePort,
  startMlflowServer,
} from "../../scripts/lib/server/mlflow-server.ts";
import {
  POSTGRES_SERVER_ENV,
  type RunningPostgres,
  postgresBinDir,
  startPostgres,
} from "../../test/scale/postgres-server.ts";

/**
 * MLflow 3 reports usage to mlflow-telemetry.io unless told not to; nothing the benchmarks
 * start may talk to any host but 127.0.0.1, so every MLflow process gets these.
 */
export const NO_TELEMETRY = { MLFLOW_DISABLE_TELEMETRY: "true", DO_NOT_TRACK: "true" } as const;

export interface BenchServerOptions {
  workers: number;
  /** Where the temporary folder goes: tmpfs or a disk. */
  parent: string;
  /** SQLite in the folder (the local server), or a PostgreSQL server of its own there. */
  backend: "sqlite" | "postgres";
}

/**
 * The project's own local MLflow server (artifacts proxied) on a free port of 127.0.0.1, in a
 * temporary folder that is removed when it stops; with backend "postgres", on a PostgreSQL
 * server started for it (test/scale/postgres-server.ts). Stopped on Ctrl-C too, so an
 * interrupted benchmark leaves nothing running.
 */
export async function startBenchServer(options: BenchServerOptions): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(options.parent, "mlflow-bench-"));
  let postgres: RunningPostgres | undefined;
  if (options.backend === "postgres") {
    const binDir = postgresBinDir();
    if (!binDir) throw new Error("--backend postgres needs PostgreSQL's server (initdb, pg_ctl).");
    postgres = await startPostgres(binDir, options.parent);
  }
  const server = await startMlflowServer({
    dataDir,
    port: await freePort(),
    detached: false,
    workers: options.workers,
    env: NO_TELEMETRY,
    backendStoreUri: postgres?.uri,
    pythonEnv: postgres ? POSTGRES_SERVER_ENV : undefined,
  });
  const stop = async () => {
    await server.stop();
    postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return { ...server, stop };
}
