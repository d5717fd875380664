import { type ChildProcess, spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { ConfigError } from "../errors.ts";
import { log } from "../output/logger.ts";
import { MLFLOW_VERSION, SERVER_REQUIREMENTS } from "./paths.ts";
import { ensurePythonEnv } from "./python-env.ts";

/** How long a fresh server may take to answer /health (the first start migrates SQLite). */
const STARTUP_TIMEOUT_MS = 180_000;
const HOST = "127.0.0.1";

export interface ServerOptions {
  /** Folder for the SQLite database, the artifacts, the pid file and the log file. */
  dataDir: string;
  port: number;
  /** uvicorn workers; 1 avoids SQLite lock contention. */
  workers?: number;
  /** Keep running after this process exits (npm run server), or die with it (tests). */
  detached: boolean;
  /** Extra arguments for `mlflow server` (the basic-auth app, say) and environment. */
  extraArgs?: string[];
  env?: NodeJS.ProcessEnv;
  /** A backend store other than SQLite in dataDir (tests use a file store, ./mlruns). */
  backendStoreUri?: string;
  /** A Python environment other than the pinned one (an MLflow 2 server for tests). */
  pythonEnv?: { name: string; requirements: string[] };
}

export interface RunningServer {
  url: string;
  pid: number;
  dataDir: string;
  logFile: string;
  /** Stops the server and everything it started. */
  stop(): Promise<void>;
}

export function pidFile(dataDir: string): string {
  return join(dataDir, "mlflow-server.pid");
}

/** The port the server in `dataDir` was last started on, so later commands need no --port. */
function portFile(dataDir: string): string {
  return join(dataDir, "mlflow-server.port");
}

/** The port recorded by the last start from `dataDir`, if any. */
export function recordedPort(dataDir: string): number | undefined {
  const file = portFile(dataDir);
  if (!existsSync(file)) return undefined;
  const port = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
}

export function logFile(dataDir: string): string {
  return join(dataDir, "mlflow-server.log");
}

/** True when an MLflow server answers /health at `url`. */
export async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts a real `mlflow server` on 127.0.0.1 with a SQLite store and artifacts served from
 * `dataDir`, installing the pinned MLflow into a virtual environment first if needed, and
 * waits until it answers /health.
 */
export async function startMlflowServer(options: ServerOptions): Promise<RunningServer> {
  const env = options.pythonEnv ?? {
    name: `mlflow-${MLFLOW_VERSION}`,
    requirements: SERVER_REQUIREMENTS,
  };
  const binDir = await ensurePythonEnv(env.name, env.requirements);
  mkdirSync(options.dataDir, { recursive: true });

  const url = `http://${HOST}:${options.port}`;
  const args = [
    "server",
    "--backend-store-uri",
    options.backendStoreUri ?? `sqlite:///${join(options.dataDir, "mlflow.db")}`,
    "--artifacts-destination",
    join(options.dataDir, "artifacts"),
    "--host",
    HOST,
    "--port",
    String(options.port),
    "--workers",
    String(options.workers ?? 1),
    ...(options.extraArgs ?? []),
  ];

  const logPath = logFile(options.dataDir);
  const logFd = openSync(logPath, "a");
  const child = spawn(join(binDir, "mlflow"), args, {
    cwd: options.dataDir,
    detached: true,
    stdio: ["ignore", logFd, logFd],
    env: { ...process.env, ...options.env },
  });
  closeSync(logFd);
  if (options.detached) child.unref();

  const pid = child.pid;
  if (pid === undefined) {
    throw new ConfigError("Could not start `mlflow server`.", `Look at ${logPath} for the reason.`);
  }
  writeFileSync(pidFile(options.dataDir), String(pid));
  writeFileSync(portFile(options.dataDir), String(options.port));

  await waitUntilHealthy(url, child, logPath);
  return {
    url,
    pid,
    dataDir: options.dataDir,
    logFile: logPath,
    stop: () => stopProcessGroup(pid, options.dataDir),
  };
}

async function waitUntilHealthy(url: string, child: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let exited: number | null | undefined;
  child.once("exit", (code) => (exited = code));
  while (Date.now() < deadline) {
    if (exited !== undefined) {
      throw new ConfigError(
        `mlflow server stopped while starting (exit code ${exited}): ${lastLines(logPath)}`,
        `Read ${logPath}; a port already in use is the usual cause (try --port).`,
      );
    }
    if (await isHealthy(url)) return;
    await sleep(250);
  }
  throw new ConfigError(
    `mlflow server did not answer ${url}/health within ${STARTUP_TIMEOUT_MS / 1000} s.`,
    `Read ${logPath} for the reason.`,
  );
}

/** The pid of a live server started from `dataDir`, read from its pid file; else undefined. */
export function runningServerPid(dataDir: string): number | undefined {
  const file = pidFile(dataDir);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/** Stops the server whose pid file is in `dataDir`. Returns false if none was running. */
export async function stopMlflowServer(dataDir: string): Promise<boolean> {
  const pid = runningServerPid(dataDir);
  if (pid === undefined) {
    rmSync(pidFile(dataDir), { force: true });
    return false;
  }
  await stopProcessGroup(pid, dataDir);
  return true;
}

/** Sends SIGTERM to the server's process group (uvicorn and its workers), then SIGKILL. */
async function stopProcessGroup(pid: number, dataDir: string): Promise<void> {
  signalGroup(pid, "SIGTERM");
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid)) signalGroup(pid, "SIGKILL");
  rmSync(pidFile(dataDir), { force: true });
  log.debug(`stopped mlflow server ${pid}`);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function lastLines(path: string): string {
  if (!existsSync(path)) return "(no log)";
  return readFileSync(path, "utf8").trim().split("\n").slice(-5).join(" | ");
}
