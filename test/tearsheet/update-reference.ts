/**
 * Writes references/tearsheet.png, the picture README.md and SKILL.md show: a full-page
 * screenshot of the tearsheet of AAPL against SPY from the test fixtures, taken by the same
 * headless Chromium as the browser test. Run it after changing how the tearsheet looks:
 *
 *   npx tsx test/tearsheet/update-reference.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { renderTearsheet } from "../../scripts/lib/tearsheet/index.ts";
import { launchChromium, openTearsheet } from "./browser.ts";
import { aaplVersusSpy } from "./fixtures.ts";

const TARGET = join(import.meta.dirname, "../../references/tearsheet.png");

const input = await aaplVersusSpy();
input.subtitle =
  "AAPL daily closes (ffn test data) against SPY adjusted closes (PyPortfolioOpt test data)";
const folder = mkdtempSync(join(tmpdir(), "tearsheet-reference-"));
const browser = await launchChromium();
try {
  const html = join(folder, "tearsheet.html");
  writeFileSync(html, renderTearsheet(input));
  const report = await openTearsheet(browser, html, TARGET);
  if (report.errors.length > 0) throw new Error(`The page logged errors: ${report.errors}`);
  process.stderr.write(`Wrote ${TARGET}\n`);
} finally {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
}
