import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";

import type { LoadedSeries, ReturnSeries } from "../input/types.ts";
import { encodeJson } from "../mlflow/json-codec.ts";

/** A file to store among the run's artifacts; its content travels inside the payload. */
export interface ArtifactPayload {
  path: string;
  contentType: string;
  encoding: "utf8" | "base64";
  content: string;
}

/** Input files larger than this are not copied into the run (their sha256 is still logged). */
export const MAX_INPUT_COPY_BYTES = 50 * 1024 * 1024;

export function textArtifact(path: string, contentType: string, content: string): ArtifactPayload {
  return { path, contentType, encoding: "utf8", content };
}

/** The artifact's bytes, decoded from the payload. */
export function artifactBytes(artifact: ArtifactPayload): Buffer {
  return Buffer.from(artifact.content, artifact.encoding);
}

/** `metrics.json`: every metric (NaN and infinities as strings) with what they were computed on. */
export function metricsArtifact(result: Record<string, unknown>): ArtifactPayload {
  return textArtifact("metrics.json", "application/json", `${encodeJson(result)}\n`);
}

/**
 * `series.csv`: the returns exactly as measured (after reading, cleaning and aligning), with the
 * benchmark beside them, so anyone can recompute the metrics from the run alone.
 */
export function seriesArtifact(
  series: ReturnSeries,
  benchmark: ReturnSeries | undefined,
): ArtifactPayload {
  const header = benchmark ? "timestamp,return,benchmark_return" : "timestamp,return";
  const lines = [header];
  for (let i = 0; i < series.returns.length; i += 1) {
    const time = series.timestamps ? new Date(series.timestamps[i]!).toISOString() : String(i);
    const cells = [time, String(series.returns[i])];
    if (benchmark) cells.push(String(benchmark.returns[i]));
    lines.push(cells.join(","));
  }
  return textArtifact("series.csv", "text/csv", `${lines.join("\n")}\n`);
}

/** `inputs/<file>`: the input file byte for byte, when it is small enough to copy. */
export function inputCopyArtifact(
  loaded: LoadedSeries,
  warnings: string[],
): ArtifactPayload | undefined {
  const size = statSync(loaded.file).size;
  if (size > MAX_INPUT_COPY_BYTES) {
    warnings.push(
      `${loaded.file} is ${Math.round(size / 1048576)} MiB, over the ` +
        `${MAX_INPUT_COPY_BYTES / 1048576} MiB copied into a run: only its sha256 and series.csv are logged.`,
    );
    return undefined;
  }
  return {
    path: `inputs/${safeArtifactName(basename(loaded.file))}`,
    contentType: "application/octet-stream",
    encoding: "base64",
    content: readFileSync(loaded.file).toString("base64"),
  };
}

/**
 * The files logged with every backtest run: metrics.json, series.csv, a copy of each input
 * file, and the tearsheet when one was rendered.
 */
export function backtestArtifacts(
  prepared: {
    returns: LoadedSeries;
    benchmark: LoadedSeries | undefined;
    measured: { series: ReturnSeries; benchmark: ReturnSeries | undefined };
    warnings: string[];
  },
  metricsDocument: Record<string, unknown>,
  tearsheetHtml: string | undefined,
): ArtifactPayload[] {
  const artifacts = [
    metricsArtifact(metricsDocument),
    seriesArtifact(prepared.measured.series, prepared.measured.benchmark),
  ];
  for (const loaded of [prepared.returns, prepared.benchmark]) {
    if (!loaded) continue;
    const copy = inputCopyArtifact(loaded, prepared.warnings);
    if (copy) artifacts.push(copy);
  }
  if (tearsheetHtml !== undefined) {
    artifacts.push(textArtifact("tearsheet.html", "text/html; charset=utf-8", tearsheetHtml));
  }
  return artifacts;
}

/**
 * A file name the artifact proxy accepts: MLflow refuses some characters in artifact paths
 * (a "#" gives 400 "Invalid path"), so anything but letters, digits and . _ - becomes "_".
 */
export function safeArtifactName(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N}._-]+/gu, "_").replace(/^\.+/, "_");
  return safe === "" ? "input" : safe;
}
