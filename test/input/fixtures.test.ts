import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { readSeries } from "../../scripts/lib/input/read-series.ts";
import type { LoadedSeries } from "../../scripts/lib/input/types.ts";
import { DATA, INPUT } from "./temp-files.ts";

/**
 * The real files against a careful pandas reading of each, made by
 * test/fixtures/input/pandas/make_expected.py (pandas 3.1.1): same count, same first and last
 * values and times, and the same float64 bits throughout (sha256 of the little-endian bytes).
 */
interface Expected {
  count: number;
  first: number;
  last: number;
  firstTime: number;
  lastTime: number;
  returnsSha256: string;
  timestampsSha256: string;
}
const expected = JSON.parse(readFileSync(join(INPUT, "pandas/expected.json"), "utf8")) as {
  cases: Record<string, Expected>;
};

function sha256Of(values: Float64Array): string {
  const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  return createHash("sha256").update(bytes).digest("hex");
}

function expectPandas(series: LoadedSeries, name: string): void {
  const want = expected.cases[name] as Expected;
  const times = series.timestamps as Float64Array;
  expect(series.returns.length).toBe(want.count);
  expect(series.returns[0]).toBe(want.first);
  expect(series.returns[want.count - 1]).toBe(want.last);
  expect(times[0]).toBe(want.firstTime);
  expect(times[want.count - 1]).toBe(want.lastTime);
  expect(sha256Of(series.returns)).toBe(want.returnsSha256);
  expect(sha256Of(times)).toBe(want.timestampsSha256);
}

describe("readSeries on the real files reads what pandas reads", () => {
  it("pypfopt SPY: date,SPY prices with a header, turned into returns", async () => {
    const series = await readSeries(join(DATA, "pypfopt_spy_prices.csv"));

    expectPandas(series, "pypfopt_spy_prices.csv");
    expect(series.kind).toBe("prices");
    expect(series.kindReason).toMatch(/^auto: every value is positive/);
    expect(series.column).toBe("SPY");
    expect(series.dateColumn).toBe("date");
    // 6,766 lines: the header and 6,765 prices, so one return fewer.
    expect(series.rows).toBe(6765);
    expect(series.prices?.length).toBe(6765);
    // Lines 2 and 3 of the file: 1993-01-29,26.583992 and 1993-02-01,26.773048.
    expect(series.prices?.[0]).toBe(26.583992);
    expect(series.returns[0]).toBe(26.773048 / 26.583992 - 1);
    expect(series.warnings).toEqual([]);
  });

  it("ffn: M/D/YYYY dates without padding, CRLF, three columns picked by --column", async () => {
    for (const column of ["AAPL", "MSFT", "C"]) {
      const series = await readSeries(join(DATA, "ffn_test_data_AAPL_MSFT_C.csv"), { column });
      expectPandas(series, `ffn_test_data_AAPL_MSFT_C.csv#${column}`);
      expect(series.kind).toBe("prices");
      // Line 5 reads 3/15/2004: 15 cannot be a month, so the file is month first.
      expect(series.warnings.join(" ")).toMatch(/month\/day\/year: line 5 reads "3\/15\/2004"/);
    }
  });

  it("ffn: MSFT's 2004-11-15 dividend drop is kept as it is in the file", async () => {
    const series = await readSeries(join(DATA, "ffn_test_data_AAPL_MSFT_C.csv"), {
      column: "MSFT",
    });
    const day = Date.UTC(2004, 10, 15);
    const index = (series.timestamps as Float64Array).indexOf(day);

    // The file: 11/12/2004,...,29.97,... then 11/15/2004,...,27.39,... (MSFT closes).
    expect(series.returns[index]).toBe(27.39 / 29.97 - 1);
  });

  it("pyfolio: no header, time-zone-aware timestamps, first five returns exactly 0", async () => {
    const series = await readSeries(join(DATA, "pyfolio_test_returns.csv"));

    expectPandas(series, "pyfolio_test_returns.csv");
    expect(series.kind).toBe("returns");
    expect(series.scale).toBe(1);
    expect(series.column).toBe("2");
    // Line 1: 2004-01-02 00:00:00+00:00,0.0 (the offset +00:00 changes nothing).
    expect(series.timestamps?.[0]).toBe(Date.UTC(2004, 0, 2));
    expect(Array.from(series.returns.slice(0, 5))).toEqual([0, 0, 0, 0, 0]);
  });

  it("cryptodatadownload: URL preamble, newest first, two date-like columns, --column close", async () => {
    const series = await readSeries(join(DATA, "cryptodatadownload_Coinbase_BTCUSD_1h.csv"), {
      column: "close",
    });

    expectPandas(series, "cryptodatadownload_Coinbase_BTCUSD_1h.csv#close");
    expect(series.dateColumn).toBe("date");
    expect(series.warnings.join(" ")).toMatch(
      /skipped 1 line\(s\).*https:\/\/www\.CryptoDataDownload/,
    );
    expect(series.warnings.join(" ")).toMatch(/newest row first/);
    // The last two lines (oldest): 2018-05-15 06:00:00 close 8739.91, 07:00:00 close 8739.92.
    expect(series.returns[0]).toBe(8739.92 / 8739.91 - 1);
  });

  it("cryptodatadownload: the missing hour 2019-04-13 15:00 is spanned by one return", async () => {
    const series = await readSeries(join(DATA, "cryptodatadownload_Coinbase_BTCUSD_1h.csv"), {
      column: "close",
    });
    const times = series.timestamps as Float64Array;
    const after = times.indexOf(Date.UTC(2019, 3, 13, 16));

    expect(times.includes(Date.UTC(2019, 3, 13, 15))).toBe(false);
    expect(times[after - 1]).toBe(Date.UTC(2019, 3, 13, 14));
  });

  it("quantstats: first row empty, META empty for its first 7,931 rows", async () => {
    const aapl = await readSeries(join(DATA, "quantstats_portfolio_AAPL_META_returns.csv"), {
      column: "AAPL",
    });
    const meta = await readSeries(join(DATA, "quantstats_portfolio_AAPL_META_returns.csv"), {
      column: "META",
    });

    expectPandas(aapl, "quantstats_portfolio_AAPL_META_returns.csv#AAPL");
    expectPandas(meta, "quantstats_portfolio_AAPL_META_returns.csv#META");
    expect(aapl.warnings.join(" ")).toMatch(/1 row\(s\) had no value.*1 before the series starts/);
    expect(meta.warnings.join(" ")).toMatch(/7931 row\(s\) had no value.*7931 before the series/);
    expect(meta.rows).toBe(11183);
  });

  it("records the sha256 of the file's bytes", async () => {
    const file = join(DATA, "pypfopt_spy_prices.csv");
    const series = await readSeries(file);

    // Computed here from the bytes with node:crypto, independently of the reader.
    expect(series.sha256).toBe(createHash("sha256").update(readFileSync(file)).digest("hex"));
    expect(series.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
