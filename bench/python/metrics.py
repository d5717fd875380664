"""The Python side of bench/metrics.ts: QuantStats' full metrics table for one CSV.

Usage: python metrics.py FILE PERIODS_PER_YEAR

Reads FILE (a date column and a return column) with pandas and runs
quantstats.reports.metrics(mode="full"), the table the skill's metrics reproduce. Prints one
JSON object with the time spent importing, reading and computing, in seconds.
"""

import json
import sys
import time
import warnings

started = time.perf_counter()
import pandas as pd  # noqa: E402  (imported after the clock starts on purpose)
import quantstats as qs  # noqa: E402

imported = time.perf_counter()


def main(path, periods_per_year):
    warnings.filterwarnings("ignore")
    frame = pd.read_csv(path, index_col=0, parse_dates=True)
    returns = frame.iloc[:, 0].dropna()
    read = time.perf_counter()

    table = qs.reports.metrics(
        returns, mode="full", display=False, periods_per_year=periods_per_year
    )
    computed = time.perf_counter()
    print(
        json.dumps(
            {
                "rows": len(returns),
                "metrics": int(table.shape[0]),
                "import_s": imported - started,
                "read_s": read - imported,
                "metrics_s": computed - read,
            }
        )
    )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python metrics.py FILE PERIODS_PER_YEAR")
    main(sys.argv[1], int(sys.argv[2]))
