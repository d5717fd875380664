"""Golden values from the real QuantStats, for the metrics tests.

Usage: python golden.py OUTPUT.json

Runs quantstats (the version pinned in requirements.txt, checked below) on the real series in
test/fixtures/data and the hand-made ones in test/fixtures/metrics, at several periods per year
and risk-free rates, with and without a benchmark, and writes one JSON file holding, per case:

- the exact input the TypeScript side must measure (timestamps in ms UTC, returns as floats that
  round-trip), so that both sides read the same numbers;
- "quantstats": for every metric key, the value of the qs.stats function that the matching
  row of qs.reports.metrics(mode="full") calls, with the arguments the report passes (the
  report itself rounds to two decimals, so it is never compared directly);
- "corrected": for the few keys where QuantStats is demonstrably wrong on that input, the
  right value, computed from QuantStats' own building blocks (see "Deliberate differences" in
  references/metrics.md). A key appears here only when the two values differ.

Floats that JSON cannot hold are written as the strings "NaN", "Infinity" and "-Infinity".
The file is regenerated on every test run and never committed, so it cannot drift from the
library.
"""

import json
import math
import sys
import warnings
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd
import quantstats as qs
from dateutil.relativedelta import relativedelta
from scipy.stats import norm

QUANTSTATS_VERSION = "0.0.86"
HERE = Path(__file__).resolve().parent
REAL = HERE.parent / "fixtures" / "data"
HAND = HERE.parent / "fixtures" / "metrics"
ROLLING_WINDOW = 126

stats = qs.stats


# ---------------------------------------------------------------------------------------------
# Reading the fixtures the way the skill's reader does: prices become returns by pct_change
# with the first NaN dropped, missing values are dropped, time zones become UTC.
# ---------------------------------------------------------------------------------------------


def utc_naive(series):
    series = series.copy()
    index = pd.DatetimeIndex(series.index)
    if index.tz is not None:
        index = index.tz_convert("UTC").tz_localize(None)
    series.index = index
    return series.sort_index()


def from_prices(prices):
    return prices.dropna().pct_change().dropna()


def spy_prices():
    frame = pd.read_csv(REAL / "pypfopt_spy_prices.csv", index_col="date", parse_dates=True)
    return utc_naive(frame["SPY"])


def ffn_prices(column):
    frame = pd.read_csv(REAL / "ffn_test_data_AAPL_MSFT_C.csv", index_col="Date")
    frame.index = pd.to_datetime(frame.index, format="%m/%d/%Y")
    return utc_naive(frame[column])


def pyfolio_returns():
    frame = pd.read_csv(REAL / "pyfolio_test_returns.csv", header=None, index_col=0)
    frame.index = pd.to_datetime(frame.index, utc=True)
    return utc_naive(frame[1]).dropna()


def btc_hourly_prices():
    frame = pd.read_csv(REAL / "cryptodatadownload_Coinbase_BTCUSD_1h.csv", skiprows=1)
    prices = pd.Series(frame["close"].to_numpy(), index=pd.to_datetime(frame["date"]))
    return utc_naive(prices)


def quantstats_portfolio(column):
    frame = pd.read_csv(
        REAL / "quantstats_portfolio_AAPL_META_returns.csv", index_col="Date", parse_dates=True
    )
    return utc_naive(frame[column]).dropna()


def hand_made(name, column="return"):
    frame = pd.read_csv(HAND / name, index_col="date", parse_dates=True)
    return utc_naive(frame[column])


def common_dates(returns, benchmark):
    """Both series on the dates both have (the real pairs used here have no interior gaps)."""
    paired = pd.concat({"r": returns, "b": benchmark}, axis=1, join="inner")
    return paired["r"], paired["b"]


# ---------------------------------------------------------------------------------------------
# QuantStats' values, one key each, as the report computes them (on the return Series).
# ---------------------------------------------------------------------------------------------


def since(returns, start):
    return returns[returns.index >= start]


def drawdown_summary(details):
    """The report's drawdown rows (reports._calc_dd), unrounded; NaN without episodes."""
    if details.empty:
        return dict.fromkeys(("avg_drawdown", "avg_drawdown_days", "longest_dd_days"), math.nan)
    return {
        "avg_drawdown": details["max drawdown"].mean() / 100,
        "avg_drawdown_days": details["days"].mean(),
        "longest_dd_days": details["days"].max(),
    }


def quantstats_values(r, periods, rf, benchmark, details):
    P = periods
    today = r.index[-1]
    values = {
        "total_return": stats.comp(r),
        "cagr": stats.cagr(r, rf, True, P),
        "exposure": stats.exposure(r, prepare_returns=False),
        "avg_return": stats.avg_return(r, prepare_returns=False),
        "avg_win": stats.avg_win(r, prepare_returns=False),
        "avg_loss": stats.avg_loss(r, prepare_returns=False),
        "best_day": stats.best(r, compounded=True, prepare_returns=False),
        "worst_day": stats.worst(r, prepare_returns=False),
        "best_month": stats.best(r, compounded=True, aggregate="ME", prepare_returns=False),
        "worst_month": stats.worst(r, aggregate="ME", prepare_returns=False),
        "best_year": stats.best(r, compounded=True, aggregate="YE", prepare_returns=False),
        "worst_year": stats.worst(r, compounded=True, aggregate="YE", prepare_returns=False),
        "avg_up_month": stats.avg_win(r, compounded=True, aggregate="ME", prepare_returns=False),
        "avg_down_month": stats.avg_loss(r, compounded=True, aggregate="ME", prepare_returns=False),
        "expected_daily": stats.expected_return(r, compounded=True, prepare_returns=False),
        "expected_monthly": stats.expected_return(
            r, compounded=True, aggregate="ME", prepare_returns=False
        ),
        "expected_yearly": stats.expected_return(
            r, compounded=True, aggregate="YE", prepare_returns=False
        ),
        "win_rate": stats.win_rate(r, prepare_returns=False),
        "win_month": stats.win_rate(r, compounded=True, aggregate="ME", prepare_returns=False),
        "win_quarter": stats.win_rate(r, compounded=True, aggregate="QE", prepare_returns=False),
        "win_year": stats.win_rate(r, compounded=True, aggregate="YE", prepare_returns=False),
        "consecutive_wins": stats.consecutive_wins(r),
        "consecutive_losses": stats.consecutive_losses(r),
        "mtd": stats.comp(since(r, datetime(today.year, today.month, 1))),
        "three_month": stats.comp(since(r, today - relativedelta(months=3))),
        "six_month": stats.comp(since(r, today - relativedelta(months=6))),
        "ytd": stats.comp(since(r, datetime(today.year, 1, 1))),
        "one_year": stats.comp(since(r, today - relativedelta(years=1))),
        "three_year_ann": stats.cagr(since(r, today - relativedelta(months=35)), 0.0, True, P),
        "five_year_ann": stats.cagr(since(r, today - relativedelta(months=59)), 0.0, True, P),
        "ten_year_ann": stats.cagr(since(r, today - relativedelta(months=119)), 0.0, True, P),
        "volatility": stats.volatility(r, P, True, prepare_returns=False),
        "var": stats.var(r, prepare_returns=False),
        "cvar": stats.cvar(r, prepare_returns=False),
        "cvar_historical": stats.cvar(r, prepare_returns=False, method="historical"),
        "risk_of_ruin": stats.risk_of_ruin(r, prepare_returns=False),
        "autocorr_penalty": stats.autocorr_penalty(r),
        "max_drawdown": stats.max_drawdown(r),
        **drawdown_summary(details),
        "ulcer_index": stats.ulcer_index(r),
        "skew": stats.skew(r, prepare_returns=False),
        "kurtosis": stats.kurtosis(r, prepare_returns=False),
        "sharpe_ratio": stats.sharpe(r, rf, P, True),
        "smart_sharpe": stats.smart_sharpe(r, rf, P, True),
        "sortino_ratio": stats.sortino(r, rf, P, True),
        "smart_sortino": stats.smart_sortino(r, rf, P, True),
        "adjusted_sortino": stats.sortino(r, rf, P, True) / math.sqrt(2),
        "smart_adjusted_sortino": stats.smart_sortino(r, rf, P, True) / math.sqrt(2),
        "probabilistic_sharpe_ratio": stats.probabilistic_sharpe_ratio(r, rf, P, False),
        "probabilistic_sortino_ratio": stats.probabilistic_sortino_ratio(r, rf, P, False),
        "probabilistic_adjusted_sortino_ratio": stats.probabilistic_adjusted_sortino_ratio(
            r, rf, P, False
        ),
        "omega_ratio": stats.omega(r, rf, 0.0, P),
        "calmar_ratio": stats.calmar(r, prepare_returns=False, compounded=True, periods=P),
        "gain_to_pain_ratio": stats.gain_to_pain_ratio(r, rf),
        "gain_to_pain_1m": stats.gain_to_pain_ratio(r, rf, "ME"),
        "ulcer_performance_index": stats.ulcer_performance_index(r, rf),
        "serenity_index": stats.serenity_index(r, rf),
        "risk_adjusted_return": stats.rar(r, rf, periods=P, compounded=True),
        "risk_return_ratio": stats.risk_return_ratio(r, prepare_returns=False),
        "recovery_factor": stats.recovery_factor(r),
        "payoff_ratio": stats.payoff_ratio(r, prepare_returns=False),
        "profit_ratio": stats.profit_ratio(r, prepare_returns=False),
        "profit_factor": stats.profit_factor(r, prepare_returns=False),
        "cpc_index": stats.cpc_index(r, prepare_returns=False),
        "common_sense_ratio": stats.common_sense_ratio(r, prepare_returns=False),
        "tail_ratio": stats.tail_ratio(r, prepare_returns=False),
        "outlier_win_ratio": stats.outlier_win_ratio(r, prepare_returns=False),
        "outlier_loss_ratio": stats.outlier_loss_ratio(r, prepare_returns=False),
        "kelly_criterion": stats.kelly_criterion(r, prepare_returns=False),
    }
    if benchmark is not None:
        greeks = stats.greeks(r, benchmark, P, prepare_returns=False)
        values.update(
            {
                "beta": greeks["beta"],
                "alpha": greeks["alpha"],
                "correlation": benchmark.corr(r),
                "r_squared": stats.r_squared(r, benchmark, prepare_returns=False),
                "information_ratio": stats.information_ratio(r, benchmark, prepare_returns=False),
                "treynor_ratio": stats.treynor_ratio(r, benchmark, P, rf),
            }
        )
    return values


# ---------------------------------------------------------------------------------------------
# The right values where QuantStats is wrong, from QuantStats' own building blocks.
# ---------------------------------------------------------------------------------------------


def episodes_from_first_bar(r):
    """drawdown_details with a bar at 0 drawdown placed one day before the first bar.

    QuantStats only starts an episode on a bar whose predecessor is at 0, so a series under
    water from its first bar has no first episode when no later one starts. With a phantom
    bar at 0 in front, every episode is found; the phantom is never part of one, so start,
    valley, end, days and depth are those of the real bars.
    """
    drawdown = stats.to_drawdown_series(r)
    phantom = pd.Series([0.0], index=[drawdown.index[0] - pd.Timedelta(days=1)])
    return stats.drawdown_details(pd.concat([phantom, drawdown]))


def excess(r, rf, periods):
    if rf == 0:
        return r
    return r - (np.power(1 + rf, 1.0 / periods) - 1.0)


def corrected_values(r, periods, rf, benchmark, fixed_details):
    P = periods
    x = excess(r, rf, P)
    deepest = stats.max_drawdown(r)
    values = {
        **drawdown_summary(fixed_details),
        "recovery_factor": math.nan if deepest == 0 else r.sum() / abs(deepest),
        "risk_adjusted_return": stats.cagr(x, periods=P) / stats.exposure(x),
    }
    if rf < 0:
        # QuantStats ignores a negative rate; subtract it, then let QuantStats work at rf = 0.
        values.update(
            {
                "sharpe_ratio": stats.sharpe(x, 0.0, P, True),
                "smart_sharpe": stats.smart_sharpe(x, 0.0, P, True),
                "sortino_ratio": stats.sortino(x, 0.0, P, True),
                "smart_sortino": stats.smart_sortino(x, 0.0, P, True),
                "adjusted_sortino": stats.sortino(x, 0.0, P, True) / math.sqrt(2),
                "smart_adjusted_sortino": stats.smart_sortino(x, 0.0, P, True) / math.sqrt(2),
                "probabilistic_sharpe_ratio": probabilistic(x, r, "sharpe"),
                "probabilistic_sortino_ratio": probabilistic(x, r, "sortino"),
                "probabilistic_adjusted_sortino_ratio": probabilistic(x, r, "adjusted_sortino"),
                "omega_ratio": stats.omega(x, 0.0, 0.0, P),
            }
        )
    if benchmark is not None and benchmark.var() == 0:
        # Beta is undefined against a benchmark that never moves; QuantStats fills in 0.
        values.update({"beta": math.nan, "alpha": math.nan, "treynor_ratio": math.nan})
    return values


def probabilistic(x, r, base):
    """probabilistic_ratio with the ratio taken on excess returns x and the moments on r."""
    ratio = {
        "sharpe": stats.sharpe(x, 0.0, annualize=False),
        "sortino": stats.sortino(x, 0.0, annualize=False),
        "adjusted_sortino": stats.adjusted_sortino(x, 0.0, annualize=False),
    }[base]
    kurtosis = stats.kurtosis(r, prepare_returns=False) + 3
    skew = stats.skew(r, prepare_returns=False)
    sigma = np.sqrt((1 - skew * ratio + (kurtosis - 1) / 4 * ratio**2) / (len(r) - 1))
    return float(norm.cdf(ratio / sigma))


def differs(a, b):
    """Whether two JSON-ready values differ beyond rounding noise (strings are NaN or ±inf)."""
    if isinstance(a, str) or isinstance(b, str):
        return a != b
    return abs(a - b) > 1e-12 * max(1.0, abs(a), abs(b))


# ---------------------------------------------------------------------------------------------
# Curves for the charts and the metric history.
# ---------------------------------------------------------------------------------------------


def curves(r, periods, fixed_details):
    monthly = qs.utils.aggregate_returns(r, "ME")
    yearly = qs.utils.aggregate_returns(r, "YE")
    return {
        "drawdown": floats(stats.to_drawdown_series(r)),
        "cumulative_returns": floats(stats.compsum(r)),
        "rolling_window": ROLLING_WINDOW,
        "rolling_sharpe": floats(stats.rolling_sharpe(r, 0.0, ROLLING_WINDOW, True, periods)),
        "rolling_sortino": floats(stats.rolling_sortino(r, 0.0, ROLLING_WINDOW, True, periods)),
        "rolling_volatility": floats(stats.rolling_volatility(r, ROLLING_WINDOW, periods)),
        "monthly_returns": floats(monthly),
        "yearly_returns": floats(yearly),
        "episodes": [
            {
                "start": milliseconds(pd.Timestamp(row["start"])),
                "valley": milliseconds(pd.Timestamp(row["valley"])),
                "end": milliseconds(pd.Timestamp(row["end"])),
                "days": int(row["days"]),
                "max_drawdown": float(row["max drawdown"]) / 100,
            }
            for _, row in fixed_details.iterrows()
        ],
    }


# ---------------------------------------------------------------------------------------------
# Cases and output.
# ---------------------------------------------------------------------------------------------


def case(name, source, returns, periods, rf, benchmark=None, with_curves=False):
    return {
        "name": name,
        "source": source,
        "returns": returns,
        "periods": periods,
        "rf": rf,
        "benchmark": benchmark,
        "curves": with_curves,
    }


def cases():
    spy = from_prices(spy_prices())
    spy_monthly = from_prices(spy_prices().resample("ME").last())
    aapl, msft = from_prices(ffn_prices("AAPL")), from_prices(ffn_prices("MSFT"))
    pyfolio = pyfolio_returns()
    btc_hourly = from_prices(btc_hourly_prices())
    btc_daily = from_prices(btc_hourly_prices().resample("D").last())
    qs_aapl, qs_meta = common_dates(quantstats_portfolio("AAPL"), quantstats_portfolio("META"))
    small = hand_made("small_mixed_with_benchmark.csv")
    small_benchmark = hand_made("small_mixed_with_benchmark.csv", "benchmark")
    flat = hand_made("flat_benchmark.csv")
    flat_benchmark = hand_made("flat_benchmark.csv", "benchmark")

    spy_source = "fixtures/data/pypfopt_spy_prices.csv, SPY prices to returns"
    listed = []
    for rf in (0.0, 0.02, 0.05):
        listed.append(case(f"spy daily rf={rf}", spy_source, spy, 252, rf, with_curves=rf == 0))
    listed += [
        case("spy daily as 365", spy_source, spy, 365, 0.02),
        case("spy month-end", spy_source + ", month-end closes", spy_monthly, 12, 0.0),
        case("spy month-end rf=0.05", spy_source + ", month-end closes", spy_monthly, 12, 0.05),
        case(
            "ffn AAPL vs MSFT",
            "fixtures/data/ffn_test_data_AAPL_MSFT_C.csv, AAPL and MSFT prices to returns",
            aapl,
            252,
            0.0,
            msft,
        ),
        case(
            "ffn AAPL vs MSFT rf=0.02",
            "fixtures/data/ffn_test_data_AAPL_MSFT_C.csv, AAPL and MSFT prices to returns",
            aapl,
            252,
            0.02,
            msft,
        ),
        case("pyfolio", "fixtures/data/pyfolio_test_returns.csv, returns", pyfolio, 252, 0.0),
        case("pyfolio rf=0.05", "fixtures/data/pyfolio_test_returns.csv", pyfolio, 252, 0.05),
        case(
            "btc hourly",
            "fixtures/data/cryptodatadownload_Coinbase_BTCUSD_1h.csv, close to returns",
            btc_hourly,
            24 * 365,
            0.0,
            with_curves=True,
        ),
        case(
            "btc hourly rf=0.02",
            "fixtures/data/cryptodatadownload_Coinbase_BTCUSD_1h.csv, close to returns",
            btc_hourly,
            24 * 365,
            0.02,
        ),
        case(
            "btc daily",
            "fixtures/data/cryptodatadownload_Coinbase_BTCUSD_1h.csv, daily last close",
            btc_daily,
            365,
            0.05,
        ),
        case(
            "quantstats AAPL",
            "fixtures/data/quantstats_portfolio_AAPL_META_returns.csv, AAPL returns",
            quantstats_portfolio("AAPL"),
            252,
            0.0,
        ),
        case(
            "quantstats AAPL vs META",
            "fixtures/data/quantstats_portfolio_AAPL_META_returns.csv, common dates",
            qs_aapl,
            252,
            0.05,
            qs_meta,
        ),
        case(
            "small mixed",
            "fixtures/metrics/small_mixed_with_benchmark.csv",
            small,
            252,
            0.02,
            small_benchmark,
        ),
        case(
            "small mixed negative rf",
            "fixtures/metrics/small_mixed_with_benchmark.csv, rf = -1%",
            small,
            252,
            -0.01,
        ),
        case(
            "twelve monthly 1% as 12",
            "fixtures/metrics/twelve_monthly_one_percent.csv",
            hand_made("twelve_monthly_one_percent.csv"),
            12,
            0.0,
        ),
        case(
            "twelve monthly 1% as 252",
            "fixtures/metrics/twelve_monthly_one_percent.csv",
            hand_made("twelve_monthly_one_percent.csv"),
            252,
            0.0,
        ),
        case(
            "prices 50 55 52 60 54",
            "fixtures/metrics/prices_50_55_52_60_54.csv, prices to returns",
            from_prices(hand_made("prices_50_55_52_60_54.csv", "price")),
            252,
            0.0,
        ),
        case(
            "under water from the first bar",
            "fixtures/metrics/underwater_from_first_bar.csv",
            hand_made("underwater_from_first_bar.csv"),
            252,
            0.0,
        ),
        case(
            "losses beyond the total",
            "fixtures/metrics/losses_beyond_total.csv",
            hand_made("losses_beyond_total.csv"),
            252,
            0.0,
        ),
        case("no losses", "fixtures/metrics/no_losses.csv", hand_made("no_losses.csv"), 252, 0.0),
        case(
            "flat benchmark",
            "fixtures/metrics/flat_benchmark.csv",
            flat,
            252,
            0.0,
            flat_benchmark,
        ),
    ]
    return listed


def milliseconds(timestamp):
    return int((pd.Timestamp(timestamp) - pd.Timestamp(0)) // pd.Timedelta(milliseconds=1))


def number(value):
    value = float(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def floats(series):
    return [number(v) for v in series.to_numpy(dtype=float)]


def series_json(series):
    return {
        "timestamps": [milliseconds(t) for t in series.index],
        "returns": [float(v) for v in series.to_numpy(dtype=float)],
    }


def main(output):
    if qs.__version__ != QUANTSTATS_VERSION:
        raise SystemExit(f"quantstats {qs.__version__} found; the oracle pins {QUANTSTATS_VERSION}")
    warnings.filterwarnings("ignore")
    prices_case = hand_made("prices_50_55_52_60_54.csv", "price")

    details_by_series = {}
    results = []
    for spec in cases():
        r, P, rf, b = spec["returns"], spec["periods"], spec["rf"], spec["benchmark"]
        key = id(r)
        if key not in details_by_series:
            drawdown = stats.to_drawdown_series(r)
            details_by_series[key] = (stats.drawdown_details(drawdown), episodes_from_first_bar(r))
        details, fixed_details = details_by_series[key]

        quantstats = {k: number(v) for k, v in quantstats_values(r, P, rf, b, details).items()}
        corrected = {
            k: number(v)
            for k, v in corrected_values(r, P, rf, b, fixed_details).items()
            if differs(number(v), quantstats[k])
        }
        entry = {
            "name": spec["name"],
            "source": spec["source"],
            "periodsPerYear": P,
            "riskFreeRate": rf,
            "series": series_json(r),
            "benchmark": None if b is None else series_json(b),
            "quantstats": quantstats,
            "corrected": corrected,
        }
        if spec["curves"]:
            entry["curves"] = curves(r, P, fixed_details)
        results.append(entry)

    spy = from_prices(spy_prices()).to_numpy()
    golden = {
        "quantstats": qs.__version__,
        "pandas": pd.__version__,
        "numpy": np.__version__,
        "cases": results,
        "helpers": {
            "source": "the first n returns of the 'spy daily' case",
            "sums": [[n, float(np.sum(spy[:n]))] for n in (5, 8, 100, 128, 129, 1000, len(spy))],
            "variances": [[n, float(pd.Series(spy[:n]).var())] for n in (2, 10, 1000, len(spy))],
            "quantiles": [
                [p, float(pd.Series(spy).quantile(p))]
                for p in (0.0, 0.01, 1 - 0.95, 0.25, 0.5, 0.95, 0.99, 1.0)
            ],
        },
        "prices": {
            "prices": [float(v) for v in prices_case.to_numpy()],
            "max_drawdown_of_prices": number(stats.max_drawdown(prices_case)),
            "max_drawdown_of_prices_times_ten": number(stats.max_drawdown(prices_case / 10)),
        },
    }
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    Path(output).write_text(json.dumps(golden))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python golden.py OUTPUT.json")
    main(sys.argv[1])
