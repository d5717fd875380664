"""Copies every run of one experiment into another, COPIES times, straight into MLflow's SQLite
database: how bench/run.ts reaches 100,000 runs without hours of REST calls (which populate
about 10 to 25 runs a second on a loaded two-core machine).

Usage: python clone_runs.py MLFLOW_DB SOURCE_EXPERIMENT_ID TARGET_EXPERIMENT_ID COPIES

Each copy gets a new run id, "-copy-K" added to its name, a start time K milliseconds later
(so searches order the copies as the server would), and every row of the tables that hold a
run's data (runs, tags, params, metrics, latest_metrics) with the new id; the columns are read
from the database itself, so the copy follows whatever schema MLflow migrated to. Prints one
JSON object: runs, seconds.
"""

import json
import sqlite3
import sys
import time
import uuid

RUN_TABLES = ["tags", "params", "metrics", "latest_metrics"]


def columns(db, table):
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def main(path, source, target, copies):
    started = time.perf_counter()
    db = sqlite3.connect(path, timeout=60)
    sources = [row[0] for row in db.execute(
        "SELECT run_uuid FROM runs WHERE experiment_id = ?", (int(source),)
    )]
    db.execute("CREATE TEMP TABLE copy_ids (old TEXT, new TEXT, k INTEGER)")
    db.executemany(
        "INSERT INTO copy_ids VALUES (?, ?, ?)",
        [(old, uuid.uuid4().hex, k) for k in range(1, copies + 1) for old in sources],
    )

    run_columns = columns(db, "runs")
    override = {
        "run_uuid": "c.new",
        "name": "r.name || '-copy-' || c.k",
        "experiment_id": str(int(target)),
        "start_time": "r.start_time + c.k",
        "artifact_uri": "replace(replace(r.artifact_uri, r.run_uuid, c.new), "
        f"'/{int(source)}/', '/{int(target)}/')",
    }
    select = ", ".join(override.get(name, f"r.{name}") for name in run_columns)
    db.execute(
        f"INSERT INTO runs ({', '.join(run_columns)}) "
        f"SELECT {select} FROM runs r JOIN copy_ids c ON r.run_uuid = c.old"
    )
    for table in RUN_TABLES:
        names = columns(db, table)
        select = ", ".join("c.new" if name == "run_uuid" else f"t.{name}" for name in names)
        db.execute(
            f"INSERT INTO {table} ({', '.join(names)}) "
            f"SELECT {select} FROM {table} t JOIN copy_ids c ON t.run_uuid = c.old"
        )
    db.execute(
        "UPDATE tags SET value = value || '-copy-' || "
        "(SELECT k FROM copy_ids WHERE new = tags.run_uuid) "
        "WHERE key = 'mlflow.runName' AND run_uuid IN (SELECT new FROM copy_ids)"
    )
    db.commit()
    db.close()
    print(json.dumps({"runs": len(sources) * copies, "seconds": time.perf_counter() - started}))


if __name__ == "__main__":
    if len(sys.argv) != 5:
        raise SystemExit("usage: python clone_runs.py MLFLOW_DB SOURCE_ID TARGET_ID COPIES")
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
