#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import{a as e}from"./chunks/chunk-R3AVYXKU.mjs";import{a as t}from"./chunks/chunk-BLH6WCEB.mjs";import"./chunks/chunk-CTUINUCQ.mjs";import"./chunks/chunk-6QBD3E3G.mjs";import"./chunks/chunk-6B3XLHHH.mjs";var s=`query_runs: find, describe, compare and export MLflow runs and experiments.

Usage:
  query_runs experiments [--filter F] [--view V] [--order-by O]... [--max-results N | --all]
                         [--page-token TOKEN]
  query_runs runs [-e EXPERIMENT]... [--filter F] [--since T] [--until T] [--order-by O]...
                  [--max-results N | --all] [--page-token TOKEN] [--columns C] [--view V]
  query_runs run RUN_ID
  query_runs history RUN_ID (--metrics a,b | --all)
  query_runs compare RUN_ID RUN_ID... [--only-diff] [--with-tags]
  query_runs export -e EXPERIMENT... [--output FILE] [--filter F] [--since T] [--view V]
  query_runs artifacts RUN_ID [PATH]
  query_runs download RUN_ID PATH [--output FILE]
Every subcommand takes --format table|json|csv|markdown (default table; csv for export).

Subcommands:
  experiments   experiments with id, name, stage, times, description, tags, artifact location
  runs          search runs; default 100 runs in the server's order (newest first)
  run           one run: info, params, latest metrics, tags, dataset inputs, artifacts
  history       every logged point (step, timestamp, value) of some or all metrics of a run
  compare       runs side by side: attributes, params, metrics (tags with --with-tags);
                rows that differ are marked *, and with two runs metrics get a delta
  export        every run of experiments, one column per attribute, metric, param and tag,
                read page by page (what \`mlflow experiments csv\` did)
  artifacts     a run's artifacts, recursively, or those under PATH
  download      copy one artifact (tearsheet.html, metrics.json, series.csv) to a local
                file: --output FILE, or its own name in the current folder

Search flags (runs, export; experiments takes --filter, --order-by, --view, --max-results,
--all and --page-token):
  -e, --experiment NAME|ID  repeatable; a name wins over an id. runs without it searches
                            every experiment
  --filter F                MLflow's grammar, e.g. "metrics.sharpe_ratio > 1.5 AND
                            params.universe = 'SP500'". AND only (no OR). Keys the grammar
                            cannot take bare (metrics.f1-score) are put in backticks for you
  --since T, --until T      runs started from / before T: 30d, 12h, 2w, 2026-01-31, an ISO
                            time, or epoch milliseconds (added to --filter with AND)
  --order-by O              repeatable, e.g. --order-by "metrics.sharpe_ratio DESC"
  --max-results N           runs or experiments returned (default 100)
  --all                     follow the server's page tokens to the very end
  --page-token TOKEN        continue where a previous search stopped (it prints the token)
  --view active|deleted|all lifecycle stage shown (default active)
  --columns C               runs: comma list of run_id, run_name, experiment_id, status,
                            start_time, end_time, user_id, artifact_uri, lifecycle_stage,
                            metrics.KEY, params.KEY, tags.KEY, patterns (metrics.*), or all.
                            Default: a compact set on screen, everything in csv and json
                            (in json it narrows each run's metrics, params and tags)
Other flags:
  --metrics a,b | --all     history: which metrics
  --only-diff               compare: only the params and metrics that differ
  --with-tags               compare: tags too
  -o, --output FILE         export, download: write to FILE (export: CSV, or JSON/Markdown by
                            the .json/.md extension); stdout then gets a summary (JSON with
                            --format json). - means stdout
  --table-rows N            rows shown by table and markdown (default 50; 200 for run and
                            compare, 100 for artifacts; 0 for all). csv and json are complete
  -h, --help                this help

${e}

Output: stdout holds only the result; notes and warnings go to stderr. Text formats write
times as ISO 8601 UTC; json keeps MLflow's milliseconds since the epoch. Metric values NaN
and infinities are "NaN", "Infinity", "-Infinity" in every format.
  --format json, one object with status "ok" and:
    experiments  experiments [{experiment_id, name, artifact_location, lifecycle_stage,
                 creation_time, last_update_time, tags}], next_page_token
    runs         experiments, filter, order_by, count, next_page_token (null at the end),
                 runs [{run_id, run_name, experiment_id, status, start_time, end_time,
                 user_id, artifact_uri, lifecycle_stage, metrics, params, tags}]
    run          run {same fields, datasets, run_url}, artifacts {root_uri, files, truncated}
    history      run_id, run_name, metrics {KEY: [{step, timestamp, value}]}, missing
    compare      runs [{run_id, run_name, experiment_id}], differing,
                 rows [{kind, key, values {RUN_ID: value}, differs, delta}]
    export       experiments, runs (as for runs), count; with --output: file, file_format,
                 runs, columns
    artifacts    run_id, path, root_uri, artifacts [{path, is_dir, file_size}], truncated
    download     run_id, path, file (where it was written), bytes
  On failure: status "error" and error {type, message, next_step}; a refused filter adds
  details {server_message, filter, order_by}.

Exit codes:
  0 success; 1 internal error (a bug); 2 bad usage or input (a bad flag or filter, an
  unknown experiment, run or metric); 3 configuration, connection, authentication or
  server failure.

Examples:
  query_runs runs -e backtests --filter "metrics.sharpe_ratio > 1.5" --since 30d \\
    --order-by "metrics.sharpe_ratio DESC"
  query_runs compare 1a2b... 3c4d... --only-diff
  query_runs export -e backtests --output backtests.csv --format json
`;await t(s,async r=>{let{dispatchQuery:a}=await import("./chunks/dispatch-WBKY4O7X.mjs");await a(r)});
