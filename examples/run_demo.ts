/**
 * `npm run demo`: the main job end to end on the embedded default. Starts the local MLflow
 * server if nothing answers at the tracking URI (and none is configured), logs the SPY example
 * as a backtest with the real log_backtest script, then reads the run back from the server.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { loadEnvFiles } from "../scripts/lib/config/env-file.ts";
import { readTrackingSettings } from "../scripts/lib/config/settings.ts";
import { MlflowClient } from "../scripts/lib/mlflow/client.ts";
import { isHealthy, startMlflowServer } from "../scripts/lib/server/mlflow-server.ts";
import { defaultServerDataDir } from "../scripts/lib/server/paths.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
loadEnvFiles();
const settings = readTrackingSettings();

if (!(await isHealthy(settings.trackingUri))) {
  if (!settings.usingDefaultUri) {
    console.error(
      `Nothing answers at MLFLOW_TRACKING_URI=${settings.trackingUri}. Start that server, or unset the variable to use the local one.`,
    );
    process.exit(3);
  }
  console.error("Starting the local MLflow server (npm run server) ...");
  await startMlflowServer({ dataDir: defaultServerDataDir(), port: 5000, detached: true });
}

const logged = spawnSync(
  process.execPath,
  [
    "--import",
    "tsx",
    join(root, "scripts", "log_backtest.ts"),
    "--returns",
    join(root, "examples", "spy_daily_prices.csv"),
    "--experiment",
    "demo",
    "--run-name",
    "spy-buy-and-hold",
    "--params",
    JSON.stringify({ strategy: "buy and hold", instrument: "SPY" }),
    "--description",
    "SPY daily adjusted close, 1993-2019, held throughout: the skill's demo.",
    "--format",
    "json",
  ],
  { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (logged.status !== 0) {
  console.error(logged.stdout);
  process.exit(logged.status ?? 1);
}

const result = JSON.parse(logged.stdout) as { run_id: string; run_url: string };
const client = new MlflowClient(settings);
const run = await client.getRun(result.run_id);
await client.close();

console.log(`Run ${result.run_id} logged; open it at ${result.run_url}`);
console.log(
  `The server holds ${Object.keys(run.params).length} params, ${Object.keys(run.tags).length} tags ` +
    `and ${Object.keys(run.metrics).length} metrics for it; status ${run.info.status}.`,
);
for (const key of ["cagr", "sharpe_ratio", "sortino_ratio", "max_drawdown", "volatility"]) {
  console.log(`  ${key.padEnd(14)} ${run.metrics[key]}`);
}
