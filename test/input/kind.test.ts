import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { readSeries } from "../../scripts/lib/input/read-series.ts";
import { ROOT } from "../helpers/run-script.ts";
import { DATA, INPUT, tempFiles } from "./temp-files.ts";

const temp = tempFiles();

/** A CSV of daily rows from 2024-01-01 holding `values`. */
function daily(name: string, values: Array<number | string>): string {
  const rows = values.map((value, i) => {
    const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    return `${day},${value}`;
  });
  return temp.write(name, `date,value\n${rows.join("\n")}\n`);
}

describe("prices or returns (--kind auto) is decided from the values, with the reason", () => {
  it("negative values make returns", async () => {
    const series = await readSeries(join(INPUT, "returns-basic.csv"));
    expect(series.kind).toBe("returns");
    // The file holds 0.01, -0.02, 0.005, 0.03: one value below 0.
    expect(series.kindReason).toMatch(/^auto: 1 of 4 values are negative or zero/);
  });

  it("positive values moving by about 1% a row make prices", async () => {
    const series = await readSeries(join(INPUT, "prices-semicolon.csv"));
    expect(series.kind).toBe("prices");
    // Steps 101/100-1 = 1%, 99.5/101-1 = -1.49%, 102/99.5-1 = 2.51%: median size 1.49%.
    expect(series.kindReason).toBe(
      "auto: every value is positive and the median change from one row to the next is " +
        "1.49%, as prices move",
    );
  });

  it("--kind overrides the guess and says so", async () => {
    const path = daily("all-positive-returns.csv", [0.01, 0.02, 0.005, 0.03]);
    await expect(readSeries(path)).rejects.toThrow(/could be prices or returns.*--kind/);
    const series = await readSeries(path, { kind: "returns" });
    expect(Array.from(series.returns)).toEqual([0.01, 0.02, 0.005, 0.03]);
    expect(series.kindReason).toMatch(/^given \(--kind returns\)/);
  });

  it("small positive values that barely move (cash returns? penny prices?) are refused", async () => {
    const path = daily("cash.csv", [0.0001, 0.00011, 0.0001, 0.000105]);
    await expect(readSeries(path)).rejects.toThrow(
      /small, positive and nearly constant, so they could be prices or returns.*--kind prices/,
    );
    const series = await readSeries(path, { kind: "prices" });
    expect(series.returns[0]).toBe(0.00011 / 0.0001 - 1);
  });

  it("a price at or below 0 among prices is refused with its row", async () => {
    const path = daily("zero-price.csv", [100, 101, 0, 102, 103]);
    // Line 4 holds the 0 (line 1 is the header, so the third value).
    await expect(readSeries(path)).rejects.toThrow(
      /looks like prices .* but line 4 holds 0, and a price must be above 0/,
    );
    await expect(readSeries(path, { kind: "prices" })).rejects.toThrow(
      /line 4: the price 0 is not above 0/,
    );
  });
});

describe("gross returns (1 + r) are told from prices near 1", () => {
  // The first 250 closes of the SPY example (examples/spy_daily_prices.csv, from 1993).
  const spy = readFileSync(join(ROOT, "examples", "spy_daily_prices.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1, 251)
    .map((line) => Number(line.split(",")[1]));

  it("SPY's daily gross returns are refused, with what to do", async () => {
    const gross = spy.slice(1).map((close, i) => close / spy[i]!);
    const path = daily("spy-gross.csv", gross);

    await expect(readSeries(path)).rejects.toThrow(
      /looks like gross returns \(1 \+ r\), not prices.*Subtract 1 .* --kind returns/s,
    );
    const asPrices = await readSeries(path, { kind: "prices" });
    expect(asPrices.kind).toBe("prices");
  });

  it("gross returns passed with --kind returns are refused, not read as 1% gains", async () => {
    const gross = spy.slice(1, 40).map((close, i) => close / spy[i]!);
    const path = daily("spy-gross-as-returns.csv", gross);

    await expect(readSeries(path, { kind: "returns" })).rejects.toThrow(
      /reads as gross returns \(1 \+ r\), not returns.*Subtract 1/s,
    );
    // --scale percent says they are percentages after all: 1.01 is then 1.01%.
    const asPercent = await readSeries(path, { kind: "returns", scale: "percent" });
    expect(asPercent.returns[0]).toBeCloseTo(gross[0]! / 100, 15);
  });

  it("under 20 values near 1 are too few to tell, and are refused as unclear", async () => {
    const gross = spy.slice(1, 20).map((close, i) => close / spy[i]!);
    const path = daily("spy-gross-short.csv", gross);

    await expect(readSeries(path)).rejects.toThrow(
      /few \(19\) and all near 1, so they could be prices or gross returns.*subtract 1/s,
    );
  });

  it("SPY's closes divided by the first, which stay near 1, are still read as prices", async () => {
    const rebased = spy.map((close) => close / spy[0]!);
    const series = await readSeries(daily("spy-rebased.csv", rebased));

    expect(series.kind).toBe("prices");
    expect(series.returns[0]).toBeCloseTo(spy[1]! / spy[0]! - 1, 12);
  });
});

describe("percentages are detected or set by --scale, never read as 150%", () => {
  it("daily values of typical size 1.5 are percentages: 1 means 1%", async () => {
    const series = await readSeries(join(INPUT, "returns-percent.csv"));
    // The file holds 1, -2, 0.5, 3: each divided by 100.
    expect(Array.from(series.returns)).toEqual([0.01, -0.02, 0.005, 0.03]);
    expect(series.scale).toBe(0.01);
    // The median of |1|, |-2|, |0.5|, |3| is (1 + 2) / 2 = 1.5.
    expect(series.kindReason).toMatch(/percentages \(auto: the median size of a return is 1\.5/);
    expect(series.warnings.join(" ")).toMatch(/read as percentages/);
  });

  it("returns moving 3% a bar are read as fractions, with a warning naming --scale percent", async () => {
    // A bond fund's daily returns in percent: 0.03 means 0.03%, but read as fractions it is 3%.
    const values = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 0.03 : -0.025));
    const series = await readSeries(daily("bond-percent.csv", values));

    expect(series.scale).toBe(1);
    expect(series.warnings.join(" ")).toMatch(
      /read as fractions, a typical move of 2\.75% per bar.*--scale percent/,
    );
    const confirmed = await readSeries(daily("bond-percent.csv", values), { scale: "fraction" });
    expect(confirmed.warnings.join(" ")).not.toMatch(/read as fractions/);
  });

  it("daily returns of a single stock (AAPL, about 1.4% a day) raise no scale warning", async () => {
    const series = await readSeries(join(DATA, "quantstats_portfolio_AAPL_META_returns.csv"), {
      column: "AAPL",
    });
    expect(series.scale).toBe(1);
    expect(series.warnings.join(" ")).not.toMatch(/read as fractions/);
  });

  it('values with "%" signs are percentages', async () => {
    const series = await readSeries(join(INPUT, "returns-percent-signs.csv"));
    expect(Array.from(series.returns)).toEqual([0.01, -0.02, 0.005, 0.03]);
    expect(series.kindReason).toMatch(/"%" signs/);
  });

  it("percent is divided by 100 (rounded once, as pandas' / 100), not multiplied by 0.01", async () => {
    const path = daily("division.csv", [0.041, -0.7, 0.3, 2.9]);
    const series = await readSeries(path, { scale: "percent" });
    // In float64, 0.041 / 100 is 0.00041 while 0.041 * 0.01 is 0.00041000000000000005.
    expect(series.returns[0]).toBe(0.00041);
  });

  it("--scale fraction keeps the values as they are", async () => {
    const path = daily("big-fractions.csv", [0.5, -0.3, 0.2, 1.2]);
    const series = await readSeries(path, { scale: "fraction" });
    expect(Array.from(series.returns)).toEqual([0.5, -0.3, 0.2, 1.2]);
    expect(series.kindReason).toMatch(/fractions \(--scale fraction\)/);
  });

  it("--scale fraction on percent values meets the -100% floor, with a hint", async () => {
    // returns-percent.csv line 3 holds -2: as a fraction, a loss of 200%.
    await expect(
      readSeries(join(INPUT, "returns-percent.csv"), { scale: "fraction" }),
    ).rejects.toThrow(/line 3: the return -2 is a loss of 200%.*pass --scale percent/);
  });

  it("prices with a 0 and few rows are refused, not read as returns of 100%", async () => {
    const path = daily("few-prices.csv", [100, 101, 0, 102]);
    await expect(readSeries(path)).rejects.toThrow(/line 4 holds 0, and a price must be above 0/);
  });

  it("values in the unclear band (0.05 to 0.2 a day) are refused, asking for --scale", async () => {
    const path = daily("unclear.csv", [0.1, -0.08, 0.12, -0.15, 0.09]);
    // Median size 0.1: 10% a day as fractions, or 0.1% as percentages.
    await expect(readSeries(path)).rejects.toThrow(
      /typical size 0\.1 could be fractions \(10% per bar\) or percentages.*--scale fraction/,
    );
  });

  it("monthly bars allow larger fractions: 0.2 a month is 20%", async () => {
    const rows = [0.2, -0.15, 0.1, -0.25, 0.3].map((value, i) => {
      const month = new Date(Date.UTC(2020, i, 1)).toISOString().slice(0, 10);
      return `${month},${value}`;
    });
    const series = await readSeries(temp.write("monthly.csv", `date,value\n${rows.join("\n")}\n`));
    expect(series.scale).toBe(1);
    expect(Array.from(series.returns)).toEqual([0.2, -0.15, 0.1, -0.25, 0.3]);
  });
});
