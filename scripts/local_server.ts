import { resolve } from "node:path";

import { parseChoice, parseFlags, parseNumberFlag } from "./lib/cli/args.ts";
import { runScript } from "./lib/cli/run-script.ts";
import { UsageError } from "./lib/errors.ts";
import { printJson, printText } from "./lib/output/json.ts";
import { log } from "./lib/output/logger.ts";
import {
  isHealthy,
  logFile,
  recordedPort,
  runningServerPid,
  startMlflowServer,
  stopMlflowServer,
} from "./lib/server/mlflow-server.ts";
import { MLFLOW_VERSION, defaultServerDataDir } from "./lib/server/paths.ts";

const HELP = `local_server: run the skill's own MLflow server on this machine.

Usage:
  local_server start [--port 5000] [--data-dir DIR] [--format table|json]
  local_server stop  [--data-dir DIR]
  local_server status [--port 5000] [--data-dir DIR]

"start" installs MLflow ${MLFLOW_VERSION} into a Python virtual environment on first use (about
a minute; needs python3 and access to PyPI), then runs \`mlflow server\` on 127.0.0.1 with a
SQLite database and served artifacts in the data folder, in the background, and waits until
it answers. The scripts use it when MLFLOW_TRACKING_URI is not set.

Flags:
  --port N        port on 127.0.0.1 (default: the port DIR's server was last started on,
                  else 5000)
  --data-dir DIR  database, artifacts, pid and log files (default ${defaultServerDataDir()})
  --format table|json
  -h, --help

Environment:
  MLFLOW_SKILL_HOME    where environments and data live (default ~/.local/share/mlflow-tracking)
  MLFLOW_SKILL_PYTHON  the Python used to build the environment (default python3)

Output (--format json): one object with status "ok" and action, plus
  start: url, pid, data_dir, log_file, already_running
  stop: stopped (true or false), data_dir
  status: url, healthy (true or false); pid, data_dir, log_file of a live server started
          from --data-dir, else null
  On failure: status "error" and error {type, message, next_step}.

Exit codes: 0 success; 2 bad usage; 3 the server could not be installed or started.
`;

const FLAGS = {
  port: { type: "string" },
  "data-dir": { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

await runScript(HELP, async (argv) => {
  const { values, positionals } = parseFlags(argv, FLAGS, "local_server", true);
  const action = positionals[0];
  if (action === undefined) {
    throw new UsageError(
      "local_server needs an action.",
      "Use `local_server start`, `local_server stop` or `local_server status`.",
    );
  }
  const dataDir = resolve(values["data-dir"] ?? defaultServerDataDir());
  const givenPort = parseNumberFlag("--port", values.port, {
    min: 1,
    max: 65535,
    integer: true,
    example: "5000",
  });
  // Without --port, the port this data folder's server was last started on, else MLflow's 5000.
  const livePid = runningServerPid(dataDir);
  const lastPort = recordedPort(dataDir);
  const livePort = livePid === undefined ? undefined : lastPort;
  const port = givenPort ?? lastPort ?? 5000;
  const format = parseChoice("--format", values.format, ["table", "json"] as const, "table");
  const url = `http://127.0.0.1:${port}`;
  const dataDirFlag = values["data-dir"] ? ` --data-dir ${JSON.stringify(dataDir)}` : "";
  const portFlag = values.port ? ` --port ${port}` : "";
  const report = (result: Record<string, unknown>, text: string) =>
    format === "json" ? printJson({ status: "ok", ...result }) : printText(text);

  if (action === "start") {
    // One server per data folder: two on one SQLite file would lose track of each other.
    if (livePort !== undefined && livePort !== port) {
      throw new UsageError(
        `The server started from ${dataDir} already runs at http://127.0.0.1:${livePort} ` +
          `(pid ${livePid}).`,
        `Use it there, or stop it first (\`local_server stop${dataDirFlag}\`) to start it on ` +
          `port ${port}.`,
      );
    }
    if (await isHealthy(url)) {
      const pid = runningServerPid(dataDir);
      if (pid === undefined) refuseTakenPort(url, port, dataDir, dataDirFlag);
      report(
        {
          action,
          url,
          pid,
          data_dir: dataDir,
          log_file: logFile(dataDir),
          already_running: true,
        },
        `MLflow already runs at ${url} (pid ${pid}, data in ${dataDir}).`,
      );
      return;
    }
    if (livePid !== undefined) {
      throw new UsageError(
        `The server started from ${dataDir} (pid ${livePid}) does not answer at ${url} yet.`,
        `It may still be starting: ask \`local_server status${dataDirFlag}\` in a moment, or ` +
          `read ${logFile(dataDir)}; \`local_server stop${dataDirFlag}\` ends it.`,
      );
    }
    log.info(`Starting MLflow ${MLFLOW_VERSION} at ${url} (data in ${dataDir}) ...`);
    const server = await startMlflowServer({ dataDir, port, detached: true });
    report(
      {
        action,
        url,
        pid: server.pid,
        data_dir: dataDir,
        log_file: server.logFile,
        already_running: false,
      },
      `MLflow is running at ${url} (pid ${server.pid}); log in ${server.logFile}.\n` +
        `Stop it with \`local_server stop${dataDirFlag}\` (\`npm run server:stop\` in a checkout).`,
    );
    return;
  }

  if (action === "stop") {
    const stopped = await stopMlflowServer(dataDir);
    report(
      { action, stopped, data_dir: dataDir },
      stopped
        ? "The local MLflow server is stopped."
        : `No local server was running from ${dataDir}.`,
    );
    return;
  }

  if (action === "status") {
    if (livePort !== undefined && livePort !== port) {
      throw new UsageError(
        `The server started from ${dataDir} runs at http://127.0.0.1:${livePort} ` +
          `(pid ${livePid}), not on port ${port}.`,
        `Ask again without --port, or with --port ${livePort}.`,
      );
    }
    const neverStarted = givenPort === undefined && lastPort === undefined;
    if (neverStarted && livePid === undefined && values["data-dir"] !== undefined) {
      // No port to ask: nothing was ever started from this folder.
      report(
        { action, url: null, healthy: false, pid: null, data_dir: null, log_file: null },
        `No server has been started from ${dataDir}; start one with ` +
          `\`local_server start${dataDirFlag}\`.`,
      );
      return;
    }
    const healthy = await isHealthy(url);
    // Only a live pid file ties the data folder to a server: whatever answers at the URL may
    // have been started elsewhere, from another folder or by someone else.
    const pid = livePid;
    const ours = pid !== undefined;
    report(
      {
        action,
        url,
        healthy,
        pid: pid ?? null,
        data_dir: ours ? dataDir : null,
        log_file: ours ? logFile(dataDir) : null,
      },
      statusText(url, healthy, pid, dataDir, `${portFlag}${dataDirFlag}`),
    );
    return;
  }

  throw new UsageError(
    `Unknown action ${JSON.stringify(action ?? "")}.`,
    "Use `local_server start`, `local_server stop` or `local_server status`.",
  );
});

function statusText(
  url: string,
  healthy: boolean,
  pid: number | undefined,
  dataDir: string,
  flags: string,
): string {
  if (healthy && pid !== undefined) {
    return `MLflow answers at ${url} (pid ${pid}, data in ${dataDir}).`;
  }
  if (healthy) {
    return (
      `MLflow answers at ${url}, but no server started from ${dataDir} is running: it was ` +
      "started with another --data-dir, or by another tool. Stop it where it was started."
    );
  }
  if (pid !== undefined) {
    return (
      `The server started from ${dataDir} (pid ${pid}) does not answer at ${url}: it may ` +
      `still be starting, or listen on another --port. Its log: ${logFile(dataDir)}.`
    );
  }
  return `Nothing answers at ${url}; start it with \`local_server start${flags}\`.`;
}

/**
 * Another server (started from another data folder, or by another tool) answers on the port:
 * reporting it as running would send this folder's runs into someone else's store.
 */
function refuseTakenPort(url: string, port: number, dataDir: string, dataDirFlag: string): never {
  throw new UsageError(
    `An MLflow server already answers at ${url}, but it was not started from ${dataDir}.`,
    `Use that server as it is (MLFLOW_TRACKING_URI=${url}), or start one for this folder on ` +
      `another port: \`local_server start --port ${port + 1}${dataDirFlag}\`.`,
  );
}
