import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { renderTearsheet, type TearsheetInput } from "../../scripts/lib/tearsheet/index.ts";
import { launchChromium, openTearsheet, type DrawnChart } from "./browser.ts";
import { aaplVersusSpy, btcHourly, spyTearsheet, undatedReturns } from "./fixtures.ts";

/** Pages and screenshots land here for a person to look at (gitignored). */
const OUTPUT = join(import.meta.dirname, "../output/tearsheet");

/**
 * What each chart must have drawn, given the number of series (2 with a benchmark): lines of
 * data for the line charts; for the others, the shapes ECharts tags with their series.
 * Sources: one line per series, one area for the drawdown; the yearly bars draw one bar per
 * year and series (the fewest years of a fixture is 3, BTC 2018-2020); the heatmap one cell
 * per month (at least 12 here) plus a year column; the histogram 40 bins per series
 * (curves/histogram.ts).
 */
const EXPECTED: Record<string, (series: number) => Partial<DrawnChart>> = {
  cumulative: (n) => ({ polylines: n }),
  "cumulative-log": (n) => ({ polylines: n }),
  drawdown: () => ({ polylines: 1 }),
  yearly: (n) => ({ shapes: 3 * n }),
  monthly: () => ({ shapes: 12 + 2 }),
  distribution: (n) => ({ shapes: 40 * n }),
  "rolling-volatility": (n) => ({ polylines: n }),
  "rolling-sharpe": (n) => ({ polylines: n }),
  "rolling-sortino": (n) => ({ polylines: n }),
  "rolling-beta": () => ({ polylines: 2 }),
};

const DATED = [
  "cumulative",
  "cumulative-log",
  "drawdown",
  "yearly",
  "monthly",
  "distribution",
  "rolling-volatility",
  "rolling-sharpe",
  "rolling-sortino",
];
const UNDATED = DATED.filter((id) => id !== "yearly" && id !== "monthly");

const CASES: Array<{ name: string; make: () => Promise<TearsheetInput>; charts: string[] }> = [
  { name: "aapl-vs-spy", make: aaplVersusSpy, charts: [...DATED, "rolling-beta"] },
  { name: "spy", make: spyTearsheet, charts: DATED },
  { name: "btc-hourly", make: btcHourly, charts: DATED },
  { name: "undated", make: undatedReturns, charts: UNDATED },
];

describe("a tearsheet opened in headless Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("sees a request and a console error when a page makes them: the checks work", async () => {
    const html = join(OUTPUT, "control.html");
    // A file next to the page that does not exist: a request that never leaves the machine.
    writeFileSync(html, `<img src="missing.png"><script>console.error("boom")</script>`);

    const report = await openTearsheet(browser, html, join(OUTPUT, "control.png"));

    expect(report.requests).toContain(pathToFileURL(join(OUTPUT, "missing.png")).href);
    expect(report.errors).toContain("boom");
  });

  it.each(CASES)(
    "$name: every chart drew its data, no console error, no request but the file",
    async ({ name, make, charts }) => {
      const input = await make();
      const html = join(OUTPUT, `${name}.html`);
      const screenshot = join(OUTPUT, `${name}.png`);
      writeFileSync(html, renderTearsheet(input));

      const report = await openTearsheet(browser, html, screenshot);

      expect(report.charts.map((chart) => chart.id)).toEqual(charts);
      const series = input.benchmark ? 2 : 1;
      for (const chart of report.charts) {
        expect(chart.paths, chart.id).toBeGreaterThan(0);
        expect(chart.width, chart.id).toBeGreaterThan(300);
        expect(chart.height, chart.id).toBeGreaterThan(50);
        for (const [kind, least] of Object.entries(EXPECTED[chart.id]!(series))) {
          expect(chart[kind as keyof DrawnChart], `${chart.id} ${kind}`).toBeGreaterThanOrEqual(
            least as number,
          );
        }
      }
      expect(report.errors).toEqual([]);
      expect(report.requests).toEqual([pathToFileURL(html).href]);
      expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    },
  );
});
