import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

describe("log_backtest --dry-run on a series too short to annualise", () => {
  it("computes the metrics, and warns how few returns the annualised ones rest on", async () => {
    // The first 20 closes of the SPY example: 19 daily returns, under a quarter of 252.
    const lines = readFileSync(join(ROOT, "examples", "spy_daily_prices.csv"), "utf8").split("\n");
    const scratch = mkdtempSync(join(tmpdir(), "short-series-"));
    const file = join(scratch, "spy-20-days.csv");
    writeFileSync(file, `${lines.slice(0, 21).join("\n")}\n`);

    const run = await runScript(
      "log_backtest.ts",
      ["--returns", file, "--dry-run", "--format", "json"],
      { MLFLOW_TRACKING_URI: `http://127.0.0.1:${await freePort()}` },
    );
    rmSync(scratch, { recursive: true, force: true });

    expect(run.code, run.stderr).toBe(0);
    const result = parseResult(run.stdout);
    expect(Number.isFinite(result.metrics.cagr)).toBe(true);
    expect(result.warnings).toContainEqual(
      expect.stringMatching(/^Only 19 returns \(0\.9 months at 252 a year\)/),
    );
  });
});
