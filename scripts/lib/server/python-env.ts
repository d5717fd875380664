import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { ConfigError } from "../errors.ts";
import { log } from "../output/logger.ts";
import { venvsDir } from "./paths.ts";

/** Python older than this cannot install the pinned MLflow. */
const MIN_PYTHON = [3, 10] as const;
/** A lock older than this was left by a killed install and is taken over. */
const STALE_LOCK_MS = 15 * 60_000;
const MARKER = "installed.json";

/**
 * A Python virtual environment named `name` holding exactly `requirements`, created with pip on
 * first use and reused after. Returns the folder holding its executables. Safe when several
 * processes (parallel test workers) ask at once: one installs, the others wait for it.
 */
export async function ensurePythonEnv(name: string, requirements: string[]): Promise<string> {
  const root = join(venvsDir(), name);
  const binDir = join(root, process.platform === "win32" ? "Scripts" : "bin");
  if (isInstalled(root, requirements)) return binDir;

  mkdirSync(venvsDir(), { recursive: true });
  const lock = `${root}.lock`;
  await acquireLock(lock);
  try {
    if (isInstalled(root, requirements)) return binDir;
    install(root, binDir, requirements);
    return binDir;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function isInstalled(root: string, requirements: string[]): boolean {
  const marker = join(root, MARKER);
  if (!existsSync(marker)) return false;
  const recorded = JSON.parse(readFileSync(marker, "utf8")) as { requirements?: string[] };
  return JSON.stringify(recorded.requirements) === JSON.stringify(requirements);
}

function install(root: string, binDir: string, requirements: string[]): void {
  const python = findPython();
  log.info(
    `Installing ${requirements.join(" ")} into ${root} with pip: this happens once and ` +
      "takes a minute or two.",
  );
  rmSync(root, { recursive: true, force: true });
  run(python, ["-m", "venv", root], "create the Python virtual environment");
  run(
    join(binDir, "python"),
    ["-m", "pip", "install", "--disable-pip-version-check", "--quiet", ...requirements],
    `install ${requirements.join(" ")}`,
  );
  writeFileSync(join(root, MARKER), JSON.stringify({ requirements }, null, 2));
}

/** The Python to build environments with: MLFLOW_SKILL_PYTHON, else python3. */
function findPython(): string {
  const python = process.env.MLFLOW_SKILL_PYTHON?.trim() || "python3";
  const probe = spawnSync(python, ["-c", "import sys; print(*sys.version_info[:2])"], {
    encoding: "utf8",
  });
  if (probe.error || probe.status !== 0) {
    throw new ConfigError(
      `The local MLflow server needs Python ${MIN_PYTHON.join(".")} or newer, and ` +
        `"${python}" did not run.`,
      "Install Python 3 (with its venv module), or set MLFLOW_SKILL_PYTHON to its path.",
    );
  }
  const [major = 0, minor = 0] = probe.stdout.trim().split(" ").map(Number);
  if (major < MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor < MIN_PYTHON[1])) {
    throw new ConfigError(
      `"${python}" is Python ${major}.${minor}; MLflow needs ${MIN_PYTHON.join(".")} or newer.`,
      "Install a newer Python 3, or set MLFLOW_SKILL_PYTHON to one.",
    );
  }
  return python;
}

function run(command: string, args: string[], purpose: string): void {
  const result = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status === 0) return;
  const output = `${result.stderr ?? ""}${result.stdout ?? ""}`.trim().split("\n").slice(-8);
  throw new ConfigError(
    `Could not ${purpose}: ${result.error?.message ?? output.join(" | ")}`,
    "Check that this machine reaches PyPI (or a pip mirror set in PIP_INDEX_URL) and that " +
      "python3-venv is installed, then try again.",
  );
}

async function acquireLock(lock: string): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0;
      if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
    }
  }
}
