import { describe, expect, it } from "vitest";

import { computeMetrics, drawdownEpisodes } from "../../scripts/lib/metrics/index.ts";
import { formatDate, formatPercent } from "../../scripts/lib/tearsheet/format.ts";
import { renderTearsheet, type TearsheetInput } from "../../scripts/lib/tearsheet/index.ts";
import { btcHourly, spyTearsheet, spyTenYears } from "./fixtures.ts";

const HOUR = 3_600_000;

/** A seeded series of `length` hourly bars and a benchmark it follows (Park-Miller generator). */
function hourly(length: number): TearsheetInput {
  let state = 7;
  const noise = () => (state = (state * 16_807) % 2_147_483_647) / 2_147_483_647 - 0.5;
  const timestamps = Float64Array.from({ length }, (_, i) => Date.UTC(2010, 0, 1) + i * HOUR);
  const benchmark = { returns: Float64Array.from({ length }, () => noise() / 100), timestamps };
  const series = { returns: benchmark.returns.map((b) => 1.2 * b + noise() / 250), timestamps };
  const options = { periodsPerYear: 24 * 365, riskFreeRate: 0 };
  return {
    title: "synthetic hourly",
    series,
    benchmark,
    metrics: computeMetrics(series, { ...options, benchmark }),
    benchmarkMetrics: computeMetrics(benchmark, options),
    ...options,
  };
}

/** Ten bars, enough for every part that does not need a long window. */
function small(extra: Partial<TearsheetInput> = {}): TearsheetInput {
  const returns = new Float64Array([0.01, -0.02, 0.005, 0.03, -0.01, 0.0, 0.02, -0.03, 0.01, 0.0]);
  const timestamps = Float64Array.from(returns, (_, i) => Date.UTC(2021, 0, 4 + i));
  return {
    title: "small",
    series: { returns, timestamps },
    metrics: { sharpe_ratio: 1.5 },
    periodsPerYear: 12,
    riskFreeRate: 0,
    ...extra,
  };
}

const sectionIds = (html: string) =>
  Array.from(html.matchAll(/<section id="([^"]+)"/g), (m) => m[1]);

describe("renderTearsheet", () => {
  it("makes one self-contained document: no script, no link, nothing to fetch", async () => {
    const html = renderTearsheet(await spyTearsheet());

    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    // url(#id) points inside the page (ECharts' clip paths); any other url( could fetch.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\((?!#)|@import/i);
    // The only URLs are the XML namespaces every SVG declares, which nothing fetches.
    const urls = new Set(html.match(/https?:\/\/[^"'\s)]+/g));
    expect([...urls].sort()).toEqual([
      "http://www.w3.org/1999/xlink",
      "http://www.w3.org/2000/svg",
    ]);
  });

  it("escapes every string the user gave: title, subtitle, benchmark name, metric keys", () => {
    const attack = `<img src=x onerror="alert(1)">&`;
    const escaped = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;";
    const input = small({
      title: attack,
      subtitle: attack,
      benchmark: small().series,
      benchmarkName: attack,
      metrics: { [attack]: 1 },
      benchmarkMetrics: { [attack]: 2 },
    });

    const html = renderTearsheet(input);

    expect(html).not.toContain("<img");
    expect(html).not.toContain('onerror="');
    // In the title, the heading, the subtitle, the settings line, the table's header, the
    // metric's label and its tooltip, and in the SVG legends ECharts writes.
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(7);
  });

  it('shows NaN as "-" and infinities as "∞", with the benchmark beside the strategy', () => {
    const input = small({
      benchmark: small().series,
      benchmarkName: "SPY",
      metrics: { sharpe_ratio: NaN, calmar_ratio: Infinity, max_drawdown: -0.25 },
      benchmarkMetrics: { sharpe_ratio: 0.5, calmar_ratio: -Infinity, max_drawdown: -0.1 },
    });

    const html = renderTearsheet(input);

    expect(html).toContain("<th>Metric</th><th>Strategy</th><th>SPY</th>");
    expect(html).toContain('<td title="sharpe_ratio">Sharpe</td><td>-</td><td>0.50</td>');
    expect(html).toContain('<td title="calmar_ratio">Calmar</td><td>∞</td><td>-∞</td>');
    expect(html).toContain('<td title="max_drawdown">Max drawdown</td><td>-25.00%</td>');
  });

  it("lists SPY's worst drawdown first, as the metrics module's episodes give it", async () => {
    const input = await spyTearsheet();
    const deepest = [...drawdownEpisodes(input.series.returns, input.series.timestamps)].sort(
      (a, b) => a.maxDrawdown - b.maxDrawdown,
    )[0]!;

    const html = renderTearsheet(input);

    // SPY's 2007-2009 fall: 2007-10-10 to 2009-03-09, -55.19% by the metrics module.
    const firstRow = html.match(/<table class="drawdowns">.*?<tbody><tr>(.*?)<\/tr>/)?.[1];
    expect(firstRow).toBe(
      `<td>${formatDate(deepest.start!)}</td><td>${formatDate(deepest.valley!)}</td>` +
        `<td>${formatDate(deepest.end!)}</td><td>${deepest.days.toLocaleString("en-US")}</td>` +
        `<td>${formatPercent(input.metrics.max_drawdown!, 2)}</td>`,
    );
    expect(firstRow).toContain("<td>2007-10-10</td><td>2009-03-09</td>");
  });

  it("draws rolling beta only with a benchmark", () => {
    const withBenchmark = renderTearsheet(small({ benchmark: small().series }));
    const without = renderTearsheet(small());

    expect(sectionIds(withBenchmark)).toContain("rolling-beta");
    expect(sectionIds(without)).not.toContain("rolling-beta");
  });

  it("draws an undated series by bar index and says why the calendar charts are missing", () => {
    const html = renderTearsheet(small({ series: { ...small().series, timestamps: null } }));

    expect(sectionIds(html)).not.toContain("monthly");
    expect(sectionIds(html)).not.toContain("yearly");
    expect(html).toContain("Monthly and yearly returns need dates; this series has none.");
    expect(html).toContain("<th>Bars</th>");
  });

  it("says so instead of drawing rolling charts when the series is shorter than 6 months", () => {
    // 12 periods a year: six months is ceil(12 / 2) = 6 bars; 5 bars are too few.
    const short = small();
    const five = { returns: short.series.returns.slice(0, 5), timestamps: null };

    const html = renderTearsheet({ ...short, series: five });

    expect(html).toContain("Rolling statistics need at least 6 bars (6 months).");
  });

  it("renders degenerate series without throwing: one bar, and 300 flat bars", () => {
    const one = { returns: new Float64Array([0.01]), timestamps: new Float64Array([0]) };
    const flat = { returns: new Float64Array(300), timestamps: null };

    expect(renderTearsheet(small({ series: one }))).toContain("</html>");
    expect(renderTearsheet(small({ series: flat, benchmark: flat }))).toContain("</html>");
  });

  it("refuses a benchmark that is not aligned bar for bar, saying what to do", () => {
    const benchmark = { returns: new Float64Array(3), timestamps: null };

    expect(() => renderTearsheet(small({ benchmark }))).toThrow(
      "The benchmark has 3 returns and the series 10; align them on common timestamps",
    );
  });
});

/**
 * Budgets chosen so a tearsheet stays a light artifact that opens at once; measured sizes
 * when written: 174 KB, 128 KB and 270 KB. Line charts keep at most ~720 points whatever the
 * length (reduce-points.ts), so size hardly grows with the number of bars.
 */
describe("renderTearsheet on long series stays small", () => {
  it("2,520 daily bars (SPY, ten years): under 250 KB", async () => {
    expect(Buffer.byteLength(renderTearsheet(await spyTenYears()))).toBeLessThan(250_000);
  });

  it("22,600 hourly bars (BTC/USD): under 250 KB", async () => {
    expect(Buffer.byteLength(renderTearsheet(await btcHourly()))).toBeLessThan(250_000);
  });

  it("120,000 hourly bars with a benchmark: under 400 KB", () => {
    expect(Buffer.byteLength(renderTearsheet(hourly(120_000)))).toBeLessThan(400_000);
  });
});
