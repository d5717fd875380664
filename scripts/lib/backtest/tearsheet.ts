import { writeFileSync } from "node:fs";
import { basename } from "node:path";

import { InputError } from "../errors.ts";
import { computeMetrics } from "../metrics/index.ts";
import { formatTimestamp } from "./payload.ts";
import type { PreparedBacktest } from "./prepare.ts";

/**
 * Renders the backtest's HTML tearsheet. The tearsheet module (and the charting library behind
 * it) is loaded only here, so runs that draw nothing do not pay for loading it.
 */
export async function renderBacktestTearsheet(
  prepared: PreparedBacktest,
  title: string,
): Promise<string> {
  const { renderTearsheet } = await import("../tearsheet/index.ts");
  const { series, benchmark } = prepared.measured;
  const timestamps = series.timestamps;
  const options = { periodsPerYear: prepared.periodsPerYear, riskFreeRate: prepared.riskFreeRate };

  return renderTearsheet({
    title,
    subtitle:
      `${basename(prepared.returns.file)} (${prepared.returns.column}), ` +
      `${formatTimestamp(timestamps?.[0])} to ${formatTimestamp(timestamps?.[timestamps.length - 1])}, ` +
      `${prepared.periodsPerYear} periods a year, risk-free rate ${prepared.riskFreeRate}`,
    series,
    benchmark,
    benchmarkName: prepared.benchmark ? basename(prepared.benchmark.file) : undefined,
    metrics: prepared.metrics,
    benchmarkMetrics: benchmark ? computeMetrics(benchmark, options) : undefined,
    ...options,
  });
}

/** Writes the tearsheet where --tearsheet asked, refusing a path that cannot be written. */
export function writeTearsheet(path: string, html: string): void {
  try {
    writeFileSync(path, html);
  } catch (error) {
    throw new InputError(
      `--tearsheet ${path} cannot be written (${(error as NodeJS.ErrnoException).code ?? "error"}).`,
      "Pass a path in a folder that exists and that you can write to.",
    );
  }
}
