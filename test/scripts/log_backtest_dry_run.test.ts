import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { freePort } from "../../scripts/lib/server/mlflow-server.ts";
import { ROOT, parseResult, runScript } from "../helpers/run-script.ts";

const DATA = join(ROOT, "test", "fixtures", "data");

/**
 * Every real series in test/fixtures/data (copies of shared/data), with the column to pick
 * where a file holds several, and what its README says it is.
 */
const SERIES = [
  { file: "pypfopt_spy_prices.csv", args: [], kind: "prices", periods: 252 },
  {
    file: "ffn_test_data_AAPL_MSFT_C.csv",
    args: ["--column", "AAPL"],
    kind: "prices",
    periods: 252,
  },
  { file: "pyfolio_test_returns.csv", args: [], kind: "returns", periods: 252 },
  {
    file: "cryptodatadownload_Coinbase_BTCUSD_1h.csv",
    args: ["--column", "close"],
    kind: "prices",
    periods: 8760,
  },
  {
    file: "quantstats_portfolio_AAPL_META_returns.csv",
    args: ["--column", "AAPL"],
    kind: "returns",
    periods: 252,
  },
  {
    file: "quantstats_portfolio_AAPL_META_returns.csv",
    args: ["--column", "META"],
    kind: "returns",
    periods: 252,
  },
];

describe("log_backtest --dry-run on every real series, with no server", () => {
  it.each(SERIES)(
    "reads $file $args and computes the metrics",
    async ({ file, args, kind, periods }) => {
      // A tracking URI where nothing listens: a dry run must not need a server at all.
      const deadUri = `http://127.0.0.1:${await freePort()}`;

      const run = await runScript(
        "log_backtest.ts",
        ["--returns", join(DATA, file), ...args, "--dry-run", "--format", "json"],
        { MLFLOW_TRACKING_URI: deadUri },
      );

      expect(run.code, run.stderr).toBe(0);
      const result = parseResult(run.stdout);
      expect(result).toMatchObject({ status: "ok", dry_run: true });
      expect(result.run_id).toBeUndefined();
      expect(result.input).toMatchObject({ kind, periods_per_year: periods });
      expect(Object.keys(result.metrics).length).toBeGreaterThanOrEqual(33);
    },
  );
});
