import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { ensurePythonEnv } from "../../scripts/lib/server/python-env.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const ORACLE = join(ROOT, "test", "oracle");
/** Where the metrics tests read the golden values; kept in step with test/metrics/golden.ts. */
export const GOLDEN_FILE = join(ROOT, "test", ".golden", "quantstats-0.0.86.json");
const GOLDEN_TIMEOUT_MS = 10 * 60_000;

/**
 * Regenerates the QuantStats golden values before the tests run: a virtual environment with the
 * pinned quantstats and its numeric stack (test/oracle/requirements.txt, installed once and
 * reused), then test/oracle/golden.py. The file is rewritten on every run so it always matches
 * the pinned library, never a stale copy.
 */
export default async function setup(): Promise<void> {
  const requirements = readFileSync(join(ORACLE, "requirements.txt"), "utf8")
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter((line) => line.length > 0);
  const binDir = await ensurePythonEnv("quantstats-0.0.86", requirements);

  const result = spawnSync(join(binDir, "python"), [join(ORACLE, "golden.py"), GOLDEN_FILE], {
    encoding: "utf8",
    timeout: GOLDEN_TIMEOUT_MS,
    env: { ...process.env, MPLBACKEND: "Agg" },
  });
  if (result.status !== 0) {
    const output = `${result.stderr ?? ""}${result.stdout ?? ""}`.trim().split("\n").slice(-15);
    throw new Error(
      `test/oracle/golden.py failed (${result.error?.message ?? `exit ${result.status}`}):\n` +
        `${output.join("\n")}\nRun it by hand with the Python of the quantstats-0.0.86 ` +
        "environment to see the whole error.",
    );
  }
}
