"""The Python side of bench/run.ts, case "log metric history": POINTS points of one metric to a
new run with MlflowClient.log_batch, which sends them in requests of 1,000, one after the other.

Usage: python log_history.py EXPERIMENT_ID POINTS

Prints one JSON object: run_id, points, and the seconds spent importing and logging.
"""

import json
import math
import sys
import time

started = time.perf_counter()
from mlflow.entities import Metric  # noqa: E402  (imported after the clock starts on purpose)
from mlflow.tracking import MlflowClient  # noqa: E402

imported = time.perf_counter()


def main(experiment_id, points):
    client = MlflowClient()
    run = client.create_run(experiment_id, run_name=f"python-history-{points}")
    base = int(time.time() * 1000)
    metrics = [Metric("loss", math.sin(step / 100), base + step, step) for step in range(points)]
    client.log_batch(run.info.run_id, metrics=metrics)
    client.set_terminated(run.info.run_id, "FINISHED")
    logged = time.perf_counter()
    print(
        json.dumps(
            {
                "run_id": run.info.run_id,
                "points": points,
                "import_s": imported - started,
                "log_s": logged - imported,
            }
        )
    )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python log_history.py EXPERIMENT_ID POINTS")
    main(sys.argv[1], int(sys.argv[2]))
