import { buildRunPayload } from "./lib/backtest/payload.ts";
import { prepareBacktest } from "./lib/backtest/prepare.ts";
import { backtestResult, backtestText } from "./lib/backtest/report.ts";
import { parseBacktestRequest } from "./lib/backtest/request.ts";
import { sendRunPayload } from "./lib/backtest/send.ts";
import { runScript } from "./lib/cli/run-script.ts";
import { readTrackingSettings } from "./lib/config/settings.ts";
import { MlflowClient } from "./lib/mlflow/client.ts";
import { printJson, printText } from "./lib/output/json.ts";
import { log } from "./lib/output/logger.ts";

const HELP = `log_backtest: compute every QuantStats metric of a backtest and log it to MLflow.

Usage:
  log_backtest --returns FILE [--experiment NAME] [--run-name NAME] [flags]

Input:
  --returns FILE            CSV, TSV or JSON of returns or prices (required)
  --column NAME             the value column, when the file has several
  --date-column NAME        the date column, when it is not found on its own
  --date-format FMT         dates the reader cannot decide, e.g. DD/MM/YYYY
  --kind auto|returns|prices   what the values are (default auto, reported)
  --scale auto|fraction|percent  1.5 meaning 1.5% is "percent" (default auto)
  --benchmark FILE          a benchmark series, aligned on common timestamps
  --benchmark-column NAME   its value column
  --benchmark-kind auto|returns|prices

Metrics:
  --periods-per-year N|auto bars per year (default auto: found from the timestamps)
  --risk-free-rate R        annual, as a fraction: 0.02 for 2% (default 0)

Run:
  -e, --experiment NAME     experiment, created if missing (default "backtests")
  -r, --run-name NAME       run name (default: the returns file's name)
  --params JSON             params to log, a JSON object or @file.json
  --tags JSON               tags to log, a JSON object or @file.json
  --description TEXT        the run's description (mlflow.note.content)
  --dry-run                 compute and print; send nothing (no server needed)
  --format table|json       output on stdout (default table)
  -h, --help                this help

Environment (also read from .env.local in the current folder or the skill folder):
  MLFLOW_TRACKING_URI       the server (default http://127.0.0.1:5000, the local server)
  MLFLOW_TRACKING_USERNAME, MLFLOW_TRACKING_PASSWORD   Basic auth
  MLFLOW_TRACKING_TOKEN     Bearer token (used when no Basic credentials are set)
  MLFLOW_HTTP_REQUEST_MAX_RETRIES (default 5), MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR (default 1),
  MLFLOW_HTTP_REQUEST_TIMEOUT (seconds, default 120)
  MLFLOW_SKILL_LOG_LEVEL    error, warn, info (default) or debug; logs go to stderr

Output (--format json): one object on stdout with
  status ("ok" or "error"), dry_run, run_id, run_name, experiment_id, experiment_name,
  run_url, metrics (key to number; NaN and infinities as the strings "NaN", "Infinity",
  "-Infinity"), input (file, column, kind, kind_reason, rows, start, end, periods_per_year,
  periods_per_year_source, risk_free_rate, benchmark_file, benchmark_column), warnings.
  On failure: status "error" and error {type, message, next_step}.

Exit codes:
  0 success; 1 internal error (a bug); 2 bad usage or input, nothing sent;
  3 configuration, connection, authentication or server failure.
`;

await runScript(HELP, async (argv) => {
  const request = parseBacktestRequest(argv);
  const prepared = await prepareBacktest(request);
  const payload = buildRunPayload(request, prepared);

  let sent;
  if (!request.dryRun) {
    const client = new MlflowClient(readTrackingSettings());
    try {
      log.info(`Logging ${payload.metrics.length} metrics to ${client.trackingUri} ...`);
      sent = {
        ...(await sendRunPayload(client, payload)),
        experimentName: payload.experimentName,
        runName: payload.runName,
      };
    } finally {
      await client.close();
    }
  }

  if (request.format === "json") printJson(backtestResult(prepared, sent));
  else printText(backtestText(prepared, sent));
});
