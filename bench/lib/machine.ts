import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg, totalmem } from "node:os";

import { MLFLOW_VERSION } from "../../scripts/lib/server/paths.ts";

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  python: string;
  mlflow: string;
  quantstats: string;
  /** 1-, 5- and 15-minute load averages when the benchmark started. */
  loadAtStart: number[];
  date: string;
}

/** The machine line of the results: what the numbers were measured on. */
export function describeMachine(python: string, requirements: readonly string[]): Machine {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const version = spawnSync(python, ["--version"], { encoding: "utf8" });
  return {
    cpus: availableParallelism(),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? "unknown",
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    python: `${version.stdout}${version.stderr}`.trim().replace(/^Python /, ""),
    mlflow: MLFLOW_VERSION,
    quantstats:
      requirements.find((line) => line.startsWith("quantstats=="))?.split("==")[1] ?? "unknown",
    loadAtStart: loadavg(),
    date: new Date().toISOString().slice(0, 16).replace("T", " "),
  };
}
