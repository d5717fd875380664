import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";

import { InputError } from "../errors.ts";
import { describe, type Source } from "./options.ts";

/** A file's bytes and their sha256 (hex), which runs record so a result traces to its input. */
export interface FileBytes {
  bytes: Buffer;
  sha256: string;
}

/** Reads the whole file, refusing a path that is missing, a folder, or empty. */
export async function readInputFile(source: Source): Promise<FileBytes> {
  const where = describe(source);
  const info = await stat(source.file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") {
      throw new InputError(
        `${where} does not exist.`,
        `Check the path (relative paths start from ${process.cwd()}) and pass ` +
          `${source.flag} again.`,
      );
    }
    throw new InputError(
      `${where} cannot be read: ${error.message}.`,
      "Check the file's permissions, then run the command again.",
    );
  });

  if (info.isDirectory()) {
    throw new InputError(
      `${where} is a folder, not a file.`,
      `Pass the CSV, JSON or Parquet file inside it with ${source.flag}.`,
    );
  }
  if (info.size === 0) {
    throw new InputError(
      `${where} is empty (0 bytes).`,
      "Export the series again, or point to the file that holds it.",
    );
  }

  const bytes = await readFile(source.file);
  return { bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
}
