import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/**
 * A temporary folder for one test file, removed after its tests; `write` puts a file in it
 * and returns the path. Odd inputs (binary, BOM, CRLF) are made here rather than committed.
 */
export function tempFiles(): {
  dir: string;
  write: (name: string, content: string | Uint8Array) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), "mlflow-tracking-input-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** The real market files (see test/fixtures/data/README.md for their quirks). */
export const DATA = "test/fixtures/data";
/** Small hand-made files. */
export const INPUT = "test/fixtures/input";
