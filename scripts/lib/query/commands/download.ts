import { existsSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";

import { parseFlags } from "../../cli/args.ts";
import { UsageError } from "../../errors.ts";
import { artifactProxyProblem, downloadArtifact } from "../../mlflow/artifacts.ts";
import { MlflowApiError } from "../../mlflow/errors.ts";
import { printJson, printText } from "../../output/json.ts";
import { formatBytes } from "../../output/cells.ts";
import { log } from "../../output/logger.ts";
import { getRunOrExplain } from "../run-lookup.ts";
import { COMMON_FLAGS, SCRIPT, parseFormat, requirePositionals, withClient } from "./common.ts";

const FLAGS = { ...COMMON_FLAGS, output: { type: "string", short: "o" } } as const;

/**
 * `download RUN_ID PATH [--output FILE]`: copies one artifact of a run (the tearsheet,
 * metrics.json, series.csv) to a local file, through the server's artifact proxy.
 */
export async function downloadCommand(argv: string[]): Promise<void> {
  const { values: flags, positionals } = parseFlags(argv, FLAGS, SCRIPT, true);
  const [runId, path] = requirePositionals(
    positionals,
    { min: 2, max: 2 },
    "a run id and an artifact path: download RUN_ID PATH (list paths with `artifacts RUN_ID`)",
  );
  const format = parseFormat(flags.format);
  const toStdout = flags.output === "-";
  if (toStdout && format === "json") {
    throw new UsageError(
      "--output - writes the artifact itself to stdout, so --format json cannot go with it.",
      "Drop --format json to pipe the file, or pass --output FILE to get a JSON summary.",
    );
  }
  const file = resolve(flags.output ?? basename(path!));

  const bytes = await withClient(async (client) => {
    const run = await getRunOrExplain(client, runId!);
    const problem = artifactProxyProblem(run.info.artifactUri);
    if (problem) {
      throw new UsageError(
        `Run ${runId}'s artifacts cannot be read through the server: ${problem}.`,
        "Read them from the store the server uses, with that store's own tools.",
      );
    }
    try {
      return await downloadArtifact(client.transport, run.info.artifactUri!, path!);
    } catch (error) {
      // The proxy answers 400 for a folder ("it is a directory") and 404 for nothing there.
      if (error instanceof MlflowApiError && error.status === 400) {
        throw new UsageError(
          `${JSON.stringify(path)} of run ${runId} is not a file the server can send (a folder?).`,
          `List its files with \`${SCRIPT} artifacts ${runId} ${path}\` and download one of them.`,
        );
      }
      if (!(error instanceof MlflowApiError && error.status === 404)) throw error;
      throw new UsageError(
        `Run ${runId} has no artifact ${JSON.stringify(path)}.`,
        `List its artifacts with \`${SCRIPT} artifacts ${runId}\` and pass one of those paths.`,
      );
    }
  });
  if (toStdout) {
    // The artifact's bytes alone, so the output can be piped.
    process.stdout.write(bytes);
    return;
  }
  writeOutput(file, bytes);

  if (format === "json") {
    printJson({ status: "ok", run_id: runId, path, file, bytes: bytes.length });
  } else {
    printText(`Wrote ${path} of run ${runId} to ${file} (${formatBytes(bytes.length)}).`);
  }
}

function writeOutput(file: string, bytes: Buffer): void {
  if (existsSync(file)) log.warn(`Replacing ${file}, which existed before.`);
  try {
    writeFileSync(file, bytes);
  } catch (error) {
    throw new UsageError(
      `--output ${file} cannot be written (${(error as NodeJS.ErrnoException).code ?? "error"}).`,
      "Pass a path in a folder that exists and that you can write to.",
    );
  }
}
