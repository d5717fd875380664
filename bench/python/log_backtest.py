"""The Python side of bench/run.ts, case "log one backtest": what log_backtest does, written the
way a researcher would with MLflow's Python client and QuantStats.

Usage: python log_backtest.py RETURNS_CSV EXPERIMENT RUN_NAME

Reads the CSV with pandas, computes QuantStats' full metrics table and its scalar statistics,
and logs to MLFLOW_TRACKING_URI with MlflowClient: every metric at step 0, params and tags as
log_backtest logs them, the three curves (cumulative return, drawdown, rolling Sharpe over
half a year) as metric histories with log_batch, the dataset input, and the artifacts
metrics.json, series.csv and a copy of the input. It renders no tearsheet (log_backtest does).
Prints one JSON object: run_id, metrics, curve_points, and seconds spent importing, computing
and logging.
"""

import getpass
import hashlib
import json
import math
import os
import sys
import time
import warnings

started = time.perf_counter()
import mlflow  # noqa: E402  (imported after the clock starts on purpose)
import mlflow.data  # noqa: E402
import pandas as pd  # noqa: E402
import quantstats as qs  # noqa: E402
from mlflow.entities import DatasetInput, InputTag, Metric, Param, RunTag  # noqa: E402
from mlflow.tracking import MlflowClient  # noqa: E402

imported = time.perf_counter()

PERIODS_PER_YEAR = 252
HALF_YEAR = PERIODS_PER_YEAR // 2

# QuantStats' scalar statistics, called with the returns alone (periods where they take them).
SCALARS = {
    "sharpe_ratio": lambda r: qs.stats.sharpe(r, periods=PERIODS_PER_YEAR),
    "smart_sharpe": lambda r: qs.stats.smart_sharpe(r, periods=PERIODS_PER_YEAR),
    "sortino_ratio": lambda r: qs.stats.sortino(r, periods=PERIODS_PER_YEAR),
    "smart_sortino": lambda r: qs.stats.smart_sortino(r, periods=PERIODS_PER_YEAR),
    "adjusted_sortino": lambda r: qs.stats.adjusted_sortino(r, periods=PERIODS_PER_YEAR),
    "probabilistic_sharpe_ratio": lambda r: qs.stats.probabilistic_sharpe_ratio(r),
    "probabilistic_sortino_ratio": lambda r: qs.stats.probabilistic_sortino_ratio(r),
    "probabilistic_adjusted_sortino_ratio": qs.stats.probabilistic_adjusted_sortino_ratio,
    "omega_ratio": lambda r: qs.stats.omega(r, periods=PERIODS_PER_YEAR),
    "calmar_ratio": qs.stats.calmar,
    "cagr": lambda r: qs.stats.cagr(r, periods=PERIODS_PER_YEAR),
    "volatility": lambda r: qs.stats.volatility(r, periods=PERIODS_PER_YEAR),
    "max_drawdown": qs.stats.max_drawdown,
    "ulcer_index": qs.stats.ulcer_index,
    "ulcer_performance_index": qs.stats.ulcer_performance_index,
    "serenity_index": qs.stats.serenity_index,
    "var": qs.stats.value_at_risk,
    "cvar": qs.stats.cvar,
    "skew": qs.stats.skew,
    "kurtosis": qs.stats.kurtosis,
    "risk_of_ruin": qs.stats.risk_of_ruin,
    "kelly_criterion": qs.stats.kelly_criterion,
    "tail_ratio": qs.stats.tail_ratio,
    "common_sense_ratio": qs.stats.common_sense_ratio,
    "cpc_index": qs.stats.cpc_index,
    "outlier_win_ratio": qs.stats.outlier_win_ratio,
    "outlier_loss_ratio": qs.stats.outlier_loss_ratio,
    "payoff_ratio": qs.stats.payoff_ratio,
    "profit_factor": qs.stats.profit_factor,
    "profit_ratio": qs.stats.profit_ratio,
    "gain_to_pain_ratio": qs.stats.gain_to_pain_ratio,
    "recovery_factor": qs.stats.recovery_factor,
    "risk_return_ratio": qs.stats.risk_return_ratio,
    "risk_adjusted_return": qs.stats.rar,
    "autocorr_penalty": qs.stats.autocorr_penalty,
    "expected_return": qs.stats.expected_return,
    "geometric_mean": qs.stats.geometric_mean,
    "exposure": qs.stats.exposure,
    "win_rate": qs.stats.win_rate,
    "consecutive_wins": qs.stats.consecutive_wins,
    "consecutive_losses": qs.stats.consecutive_losses,
    "avg_return": qs.stats.avg_return,
    "avg_win": qs.stats.avg_win,
    "avg_loss": qs.stats.avg_loss,
    "best_day": qs.stats.best,
    "worst_day": qs.stats.worst,
}


def metric_key(label):
    """'Avg. Drawdown Days' -> 'report/avg_drawdown_days' (MLflow keys take no '%' or '.')."""
    cleaned = "".join(c.lower() if c.isalnum() else "_" for c in label)
    return "report/" + "_".join(part for part in cleaned.split("_") if part)


def compute(returns):
    values = {}
    table = qs.reports.metrics(
        returns, mode="full", display=False, periods_per_year=PERIODS_PER_YEAR
    )
    for label, value in table.iloc[:, 0].items():
        number = pd.to_numeric(value, errors="coerce")
        if pd.notna(number):
            values[metric_key(str(label))] = float(number)
    for key, function in SCALARS.items():
        values[key] = float(function(returns))
    curves = {
        "curves/cumulative_return": qs.stats.compsum(returns),
        "curves/drawdown": qs.stats.to_drawdown_series(returns),
        "curves/rolling_sharpe": qs.stats.rolling_sharpe(
            returns, rolling_period=HALF_YEAR, periods_per_year=PERIODS_PER_YEAR
        ),
    }
    return values, curves


def main(path, experiment_name, run_name):
    warnings.filterwarnings("ignore")
    frame = pd.read_csv(path, index_col=0, parse_dates=True)
    returns = frame.iloc[:, 0].dropna()
    with open(path, "rb") as handle:
        sha256 = hashlib.sha256(handle.read()).hexdigest()
    values, curves = compute(returns)
    computed = time.perf_counter()

    client = MlflowClient()
    experiment = client.get_experiment_by_name(experiment_name)
    experiment_id = (
        experiment.experiment_id
        if experiment is not None
        else client.create_experiment(experiment_name)
    )
    tags = {
        "mlflow.runName": run_name,
        "mlflow.source.name": "log_backtest.py",
        "mlflow.source.type": "LOCAL",
        "mlflow.user": getpass.getuser(),
        "strategy": "bench",
    }
    run = client.create_run(experiment_id, run_name=run_name, tags=tags)
    run_id = run.info.run_id

    now = int(time.time() * 1000)
    params = {
        "input_file": os.path.basename(path),
        "input_sha256": sha256,
        "input_column": str(frame.columns[0]),
        "input_kind": "returns",
        "input_rows": str(len(returns)),
        "input_start": returns.index[0].strftime("%Y-%m-%d"),
        "input_end": returns.index[-1].strftime("%Y-%m-%d"),
        "periods_per_year": str(PERIODS_PER_YEAR),
        "risk_free_rate": "0",
        "lookback": "20",
        "universe": "bench",
    }
    metrics = [
        Metric(key, value if math.isfinite(value) else float("nan"), now, 0)
        for key, value in sorted(values.items())
    ]
    curve_points = 0
    for key, curve in curves.items():
        stamps = curve.index.astype("int64") // 1_000_000
        for step, (stamp, value) in enumerate(zip(stamps, curve.to_numpy())):
            if math.isfinite(value):
                metrics.append(Metric(key, float(value), int(stamp), step))
                curve_points += 1
    client.log_batch(
        run_id,
        metrics=metrics,
        params=[Param(key, value) for key, value in params.items()],
    )

    dataset = mlflow.data.from_pandas(frame, source=os.path.abspath(path), name=params["input_file"])
    client.log_inputs(
        run_id,
        [DatasetInput(dataset._to_mlflow_entity(), [InputTag("mlflow.data.context", "backtest")])],
    )
    client.log_dict(run_id, {"metrics": values}, "metrics.json")
    client.log_text(run_id, returns.to_csv(), "series.csv")
    client.log_artifact(run_id, path, "inputs")
    client.set_terminated(run_id, "FINISHED")
    logged = time.perf_counter()

    print(
        json.dumps(
            {
                "run_id": run_id,
                "metrics": len(values),
                "curve_points": curve_points,
                "import_s": imported - started,
                "compute_s": computed - imported,
                "log_s": logged - computed,
            }
        )
    )


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit("usage: python log_backtest.py RETURNS_CSV EXPERIMENT RUN_NAME")
    main(*sys.argv[1:])
