"""The Python side of bench/run.ts, case "search runs to CSV": every run of one experiment with
mlflow.search_runs (a pandas frame, one column per metric, param and tag, read 1,000 runs a
page), written with DataFrame.to_csv.

Usage: python search_runs.py EXPERIMENT_NAME OUTPUT_CSV

Prints one JSON object: runs, columns, and the seconds spent importing, searching and writing.
"""

import json
import sys
import time

started = time.perf_counter()
import mlflow  # noqa: E402  (imported after the clock starts on purpose)

imported = time.perf_counter()

# mlflow.search_runs stops at 100,000 runs unless told otherwise; the benchmark goes that far.
MAX_RUNS = 1_000_000


def main(experiment_name, output):
    frame = mlflow.search_runs(experiment_names=[experiment_name], max_results=MAX_RUNS)
    searched = time.perf_counter()
    frame.to_csv(output, index=False)
    written = time.perf_counter()
    print(
        json.dumps(
            {
                "runs": len(frame),
                "columns": len(frame.columns),
                "import_s": imported - started,
                "search_s": searched - imported,
                "write_s": written - searched,
            }
        )
    )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python search_runs.py EXPERIMENT_NAME OUTPUT_CSV")
    main(sys.argv[1], sys.argv[2])
