#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import{a as e}from"./chunks/chunk-R3AVYXKU.mjs";import{a as t}from"./chunks/chunk-BLH6WCEB.mjs";import"./chunks/chunk-CTUINUCQ.mjs";import"./chunks/chunk-6QBD3E3G.mjs";import"./chunks/chunk-6B3XLHHH.mjs";var n=`log_backtest: compute every QuantStats metric of a backtest and log it to MLflow.

Usage:
  log_backtest --returns FILE [--experiment NAME] [--run-name NAME] [flags]

Input:
  --returns FILE            CSV, TSV, JSON or Parquet of returns or prices (required)
  --column NAME             the value column, when the file has several
  --date-column NAME        the date column, when it is not found on its own
  --date-format FMT         dates the reader cannot decide, e.g. DD/MM/YYYY
  --kind auto|returns|prices   what the values are (default auto, reported)
  --scale auto|fraction|percent  1.5 meaning 1.5% is "percent" (default auto)
  --benchmark FILE          a benchmark series, aligned on common timestamps
  --benchmark-column NAME   its value column
  --benchmark-kind auto|returns|prices
  --benchmark-scale auto|fraction|percent
  --benchmark-date-column NAME, --benchmark-date-format FMT   as for the returns file

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
  --tearsheet FILE          also write the HTML tearsheet to FILE (works with --dry-run)
  --replay FILE             send a run saved when MLflow could not be reached (alone)
  --format table|json       output on stdout (default table)
  -h, --help                this help

${e}
  MLFLOW_SKILL_HOME         runs that could not be sent are saved in its unsent/ folder
                            (default ~/.local/share/mlflow-tracking)

Output (--format json): one object on stdout with
  status ("ok" or "error"), dry_run, run_id, run_name, experiment_id, experiment_name,
  run_url, artifacts (paths uploaded), artifacts_skipped (why, when the server does not
  proxy artifacts), metrics (key to number; NaN and infinities as the strings "NaN",
  "Infinity", "-Infinity"), input (file, column, kind, kind_reason, rows, start, end,
  periods_per_year, periods_per_year_source, risk_free_rate, benchmark_file,
  benchmark_column), tearsheet (the local file, when asked), warnings.
  On failure: status "error", error {type, message, next_step}, and, when the run could not
  be delivered, details {saved_payload, run_id, replay_command}.

What a run holds: params (yours, plus input_file, input_sha256, input_column, input_kind,
  input_rows, input_start, input_end, periods_per_year, periods_per_year_source,
  risk_free_rate, and benchmark_* when given); tags (mlflow.runName, mlflow.source.name,
  mlflow.source.type, mlflow.user, mlflow.source.git.commit inside a git repository,
  mlflow.note.content, and yours); every metric at step 0; the curves
  curves/cumulative_return, curves/drawdown and curves/rolling_sharpe as histories (step =
  bar, timestamp = the bar's time, at most 2,500 points each, extremes kept); the input files
  as dataset inputs; artifacts metrics.json, series.csv, inputs/<file>, tearsheet.html.
  If MLflow cannot be reached or fails partway, the whole run is saved to a file and the
  error gives the --replay command that sends it.

Exit codes:
  0 success; 1 internal error (a bug); 2 bad usage or input, nothing sent;
  3 configuration, connection, authentication or server failure.
`;await t(n,async r=>{let{logBacktest:a}=await import("./chunks/main-WWLAJS2R.mjs");await a(r)});
