import { parseFlags } from "../../cli/args.ts";
import { UsageError } from "../../errors.ts";
import { MlflowApiError, firstLine } from "../../mlflow/errors.ts";
import { formatBytes } from "../../output/cells.ts";
import { log } from "../../output/logger.ts";
import { listArtifactTree } from "../artifacts.ts";
import { getRunOrExplain } from "../run-lookup.ts";
import {
  COMMON_FLAGS,
  SCRIPT,
  emit,
  parseFormat,
  parseTableRows,
  requirePositionals,
  withClient,
} from "./common.ts";

/** `artifacts RUN_ID [PATH]`: every artifact of a run, or under one of its folders. */
export async function artifactsCommand(argv: string[]): Promise<void> {
  const { values: flags, positionals } = parseFlags(argv, COMMON_FLAGS, SCRIPT, true);
  const [runId, path] = requirePositionals(
    positionals,
    { min: 1, max: 2 },
    "a run id and an optional path: artifacts RUN_ID [PATH]",
  );
  const format = parseFormat(flags.format);
  const tableRows = parseTableRows(flags["table-rows"], 100);

  const tree = await withClient(async (client) => {
    await getRunOrExplain(client, runId!);
    try {
      return await listArtifactTree(client, runId!, path);
    } catch (error) {
      // MLflow answers 400 for a path it will not list (one climbing out with "..", say).
      if (!(error instanceof MlflowApiError && error.status === 400)) throw error;
      throw new UsageError(
        `The server will not list ${JSON.stringify(path)} in run ${runId}: ${firstLine(error.serverMessage).replace(/\.$/, "")}.`,
        `Pass a path relative to the run's artifact root, as \`${SCRIPT} artifacts ${runId}\` ` +
          "lists them.",
      );
    }
  });
  const emptyNote = tree.files.length === 0 ? emptyListingNote(runId!, path) : undefined;
  if (emptyNote) log.warn(emptyNote);
  const files = tree.files.map((file) => ({
    path: file.path,
    is_dir: file.isDir,
    file_size: file.fileSize ?? null,
  }));

  emit({
    format,
    json: () => ({
      run_id: runId,
      path: path ?? null,
      root_uri: tree.rootUri ?? null,
      artifacts: files,
      truncated: tree.truncated,
      warnings: emptyNote ? [emptyNote] : [],
    }),
    table: {
      columns: ["path", "type", "size"],
      rows: files.map((file) => ({
        path: file.path,
        type: file.is_dir ? "folder" : "file",
        size: file.is_dir ? "" : format === "csv" ? file.file_size : formatBytes(file.file_size),
      })),
    },
    bounds: {
      maxRows: tableRows,
      noun: "artifacts",
      rowsHint: "pass a PATH to list one folder, --table-rows 0, or --format json",
    },
    heading: [
      `Artifacts of run ${runId}${path ? ` under ${path}` : ""} (${tree.rootUri ?? "?"})`,
      "",
    ],
  });
}

/**
 * The server answers an empty list both for an empty run and for a path that is not one of its
 * folders (a typo, or a file), so the user is told which to check.
 */
function emptyListingNote(runId: string, path: string | undefined): string {
  if (path === undefined) return `Run ${runId} has no artifacts.`;
  return (
    `Nothing listed under "${path}" in run ${runId}: it is empty, a file, or not a folder of ` +
    `this run. List the run's top level with: query_runs artifacts ${runId}`
  );
}
