import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";

import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * Debian's Chromium, headless. Without the background-networking flags Chromium opens
 * connections of its own (component updates, sync...), which this machine's closed network
 * refuses; with them, the only request it makes is the page it is given.
 * A missing Chromium fails the test rather than skipping it: `.ci/run` must install it.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing. Install Debian's chromium package (apt-get install chromium), ` +
        "then run the tearsheet tests again.",
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** What was drawn in one chart's SVG. */
export interface DrawnChart {
  id: string;
  width: number;
  height: number;
  /** `<path>` elements with a non-empty `d`. */
  paths: number;
  /** Of those, lines of 20 segments or more: a data series (axes and grid lines have one). */
  polylines: number;
  /** Of those, shapes ECharts tags with their series (bars, heatmap cells, mark lines). */
  shapes: number;
}

/** What a browser saw when it opened a tearsheet. */
export interface PageReport {
  /** Each chart section, in page order. */
  charts: DrawnChart[];
  /** Console errors and uncaught exceptions, as text. */
  errors: string[];
  /** Every URL the page asked for, the page itself included. */
  requests: string[];
}

// Runs in the page. A string, because the project compiles without the DOM's types.
const MEASURE_CHARTS = `
  Array.from(document.querySelectorAll("section[data-chart]"), (section) => {
    const box = section.querySelector("svg")?.getBoundingClientRect();
    const paths = Array.from(section.querySelectorAll("svg path")).filter(
      (path) => (path.getAttribute("d") ?? "").trim() !== "",
    );
    const segments = (path) => ((path.getAttribute("d") ?? "").match(/[LC]/gi) ?? []).length;
    return {
      id: section.id,
      width: box?.width ?? 0,
      height: box?.height ?? 0,
      paths: paths.length,
      polylines: paths.filter((path) => segments(path) >= 20).length,
      shapes: paths.filter((path) => path.hasAttribute("ecmeta_series_index")).length,
    };
  })
`;

/**
 * Opens an HTML file at a desktop width, lists its charts and what was drawn in them, and
 * saves a full-page screenshot.
 */
export async function openTearsheet(
  browser: Browser,
  htmlPath: string,
  screenshotPath: string,
): Promise<PageReport> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => requests.push(request.url()));
  try {
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: "load" });
    const charts = await page.evaluate<DrawnChart[]>(MEASURE_CHARTS);
    await page.screenshot({ path: screenshotPath, fullPage: true });
    return { charts, errors, requests };
  } finally {
    await page.close();
  }
}
