import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { freePort } from "../../scripts/lib/server/mlflow-server.ts";
import { MLFLOW_VERSION, SERVER_REQUIREMENTS } from "../../scripts/lib/server/paths.ts";

/**
 * The Python environment of an MLflow server on PostgreSQL: the pinned MLflow and the
 * PostgreSQL driver its URI names (see RunningPostgres.uri).
 */
export const POSTGRES_SERVER_ENV = {
  name: `mlflow-${MLFLOW_VERSION}-postgres`,
  requirements: [...SERVER_REQUIREMENTS, "psycopg2-binary==2.9.13"],
};

/** A PostgreSQL server of its own for one test file, on 127.0.0.1, in a temporary folder. */
export interface RunningPostgres {
  /**
   * SQLAlchemy URI of its database, for `mlflow server --backend-store-uri`. The driver is
   * named: SQLAlchemy 2.1, which MLflow 3.17 installs, reads a bare postgresql:// as psycopg 3,
   * and the server's environment holds psycopg2.
   */
  uri: string;
  /** Runs one SQL statement with psql and returns the unaligned, tuples-only output. */
  query(sql: string): string;
  stop(): void;
}

const USER = "mlflow";
const DATABASE = "mlflow";
/** Debian and Ubuntu keep the server binaries here, one folder per major version. */
const DEBIAN_ROOT = "/usr/lib/postgresql";

/**
 * The folder holding initdb, pg_ctl, createdb and psql: the newest under /usr/lib/postgresql,
 * else wherever PATH finds initdb. Undefined when PostgreSQL's server is not installed.
 */
export function postgresBinDir(): string | undefined {
  if (existsSync(DEBIAN_ROOT)) {
    const versions = readdirSync(DEBIAN_ROOT)
      .filter((name) => /^\d+$/.test(name) && existsSync(join(DEBIAN_ROOT, name, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(DEBIAN_ROOT, versions[0], "bin");
  }
  const found = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  const initdb = found.stdout.trim();
  if (found.status !== 0 || initdb === "") return undefined;
  const real = spawnSync("readlink", ["-f", initdb], { encoding: "utf8" }).stdout.trim();
  return join(real || initdb, "..");
}

/**
 * Creates a cluster with initdb in a new folder under `parent`, starts it with pg_ctl on a free
 * port of 127.0.0.1 (trust authentication, nothing else listening: no Unix socket outside the
 * temporary folder, fsync off since the data is thrown away) and creates the database. PostgreSQL refuses to run as
 * root, so under root the server side runs as an unprivileged user through setpriv: the
 * `postgres` account Debian's packages create, else `nobody`; the folder is handed to it.
 */
export async function startPostgres(binDir: string, parent = tmpdir()): Promise<RunningPostgres> {
  const folder = mkdtempSync(join(parent, "mlflow-postgres-"));
  const dataDir = join(folder, "data");
  const port = await freePort();
  const asServer = serverUser();
  if (asServer) chownSync(folder, asServer.uid, asServer.gid);

  const run = (tool: string, args: string[], unprivileged: boolean) => {
    const command = join(binDir, tool);
    const [file, argv] =
      unprivileged && asServer
        ? [
            "setpriv",
            [
              `--reuid=${asServer.uid}`,
              `--regid=${asServer.gid}`,
              "--clear-groups",
              command,
              ...args,
            ],
          ]
        : [command, args];
    const result = spawnSync(file, argv, {
      cwd: folder,
      encoding: "utf8",
      env: { PATH: process.env.PATH, LC_ALL: "C", PGCONNECT_TIMEOUT: "10" },
    });
    if (result.status !== 0) {
      throw new Error(`${tool} ${args.join(" ")} failed: ${result.stderr}${result.stdout}`);
    }
    return result.stdout;
  };

  run("initdb", ["-D", dataDir, "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C", "-N"], true);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${folder} -F`;
  const log = join(folder, "postgres.log");
  run("pg_ctl", ["-D", dataDir, "-l", log, "-w", "-t", "60", "-o", options, "start"], true);
  const connection = ["-h", "127.0.0.1", "-p", String(port), "-U", USER];
  try {
    run("createdb", [...connection, DATABASE], false);
  } catch (error) {
    run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"], true);
    throw error;
  }

  return {
    uri: `postgresql+psycopg2://${USER}@127.0.0.1:${port}/${DATABASE}`,
    query: (sql) =>
      run("psql", [...connection, "-d", DATABASE, "-X", "-A", "-t", "-c", sql], false).trim(),
    stop: () => {
      try {
        run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"], true);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

/** Under root, the unprivileged account the server runs as; undefined otherwise. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ["postgres", "nobody"]) {
    const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
    if (uid.status === 0 && gid.status === 0) {
      return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
    }
  }
  throw new Error("Running as root, and neither a postgres nor a nobody account exists.");
}
