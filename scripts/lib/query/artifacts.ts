import type { MlflowClient } from "../mlflow/client.ts";
import type { ArtifactFile } from "../mlflow/types.ts";
import { log } from "../output/logger.ts";

/** A listing stops after this many entries, so a run with a huge artifact tree cannot stall. */
export const MAX_ARTIFACT_ENTRIES = 10_000;
/** Folders listed at the same time. */
const CONCURRENT_LISTINGS = 4;

export interface ArtifactTree {
  rootUri: string | undefined;
  /** Every file and folder under the path, parents before children, sorted by path. */
  files: ArtifactFile[];
  /** True when the listing stopped at `maxEntries`. */
  truncated: boolean;
}

/**
 * Every artifact under `path` of a run, walking folders breadth first. The server does the
 * listing whatever store holds the artifacts, so this works for proxied and direct stores alike.
 */
export async function listArtifactTree(
  client: MlflowClient,
  runId: string,
  path?: string,
  maxEntries = MAX_ARTIFACT_ENTRIES,
): Promise<ArtifactTree> {
  const first = await client.listArtifacts(runId, path);
  const files: ArtifactFile[] = [...first.files];
  let folders = first.files.filter((file) => file.isDir).map((file) => file.path);

  while (folders.length > 0 && files.length < maxEntries) {
    const batch = folders.slice(0, CONCURRENT_LISTINGS);
    folders = folders.slice(CONCURRENT_LISTINGS);
    const listings = await Promise.all(batch.map((folder) => client.listArtifacts(runId, folder)));
    for (const listing of listings) {
      files.push(...listing.files);
      folders.push(...listing.files.filter((file) => file.isDir).map((file) => file.path));
    }
  }

  const truncated = files.length > maxEntries || folders.length > 0;
  if (truncated) {
    log.warn(
      `Stopped listing after ${maxEntries} artifacts; pass a PATH to list one folder at a time.`,
    );
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { rootUri: first.rootUri, files: files.slice(0, maxEntries), truncated };
}
