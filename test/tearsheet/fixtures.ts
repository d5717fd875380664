import { join } from "node:path";

import { readSeries } from "../../scripts/lib/input/read-series.ts";
import type { ReturnSeries } from "../../scripts/lib/input/types.ts";
import { alignOnCommonTimestamps, computeMetrics } from "../../scripts/lib/metrics/index.ts";
import type { TearsheetInput } from "../../scripts/lib/tearsheet/index.ts";

const DATA = join(import.meta.dirname, "../fixtures/data");

/** A tearsheet of real data, measured by the metrics module as log_backtest measures it. */
function measured(
  title: string,
  series: ReturnSeries,
  periodsPerYear: number,
  benchmark?: { name: string; series: ReturnSeries },
): TearsheetInput {
  const options = { periodsPerYear, riskFreeRate: 0 };
  return {
    title,
    subtitle: "test/fixtures/data (see its README for the source of each file)",
    series,
    metrics: computeMetrics(series, { ...options, benchmark: benchmark?.series }),
    ...(benchmark && {
      benchmark: benchmark.series,
      benchmarkName: benchmark.name,
      benchmarkMetrics: computeMetrics(benchmark.series, options),
    }),
    ...options,
  };
}

/** SPY daily, 1993-01-29 to 2019-12-09: 6,764 returns from adjusted closes. */
export async function spyTearsheet(): Promise<TearsheetInput> {
  const spy = await readSeries(join(DATA, "pypfopt_spy_prices.csv"));
  return measured("SPY", spy, 252);
}

/** The last 2,520 daily returns of SPY (ten years of trading days). */
export async function spyTenYears(): Promise<TearsheetInput> {
  const spy = await readSeries(join(DATA, "pypfopt_spy_prices.csv"));
  const from = spy.returns.length - 2520;
  const tail = { returns: spy.returns.slice(from), timestamps: spy.timestamps!.slice(from) };
  return measured("SPY, ten years", tail, 252);
}

/** AAPL (ffn closes, 2004-2014) against SPY, aligned on their common dates. */
export async function aaplVersusSpy(): Promise<TearsheetInput> {
  const aapl = await readSeries(join(DATA, "ffn_test_data_AAPL_MSFT_C.csv"), { column: "AAPL" });
  const spy = await readSeries(join(DATA, "pypfopt_spy_prices.csv"), { role: "benchmark" });
  const aligned = alignOnCommonTimestamps(aapl, spy);
  return measured("AAPL vs SPY", aligned.series, 252, { name: "SPY", series: aligned.benchmark });
}

/** BTC/USD hourly closes from Coinbase, 24/7: 22,600 returns. */
export async function btcHourly(): Promise<TearsheetInput> {
  const btc = await readSeries(join(DATA, "cryptodatadownload_Coinbase_BTCUSD_1h.csv"), {
    column: "close",
  });
  return measured("BTC/USD hourly", btc, 24 * 365);
}

/** pyfolio's daily returns with their dates taken away: the charts run by bar index. */
export async function undatedReturns(): Promise<TearsheetInput> {
  const dated = await readSeries(join(DATA, "pyfolio_test_returns.csv"));
  return measured("pyfolio returns without dates", { ...dated, timestamps: null }, 252);
}
