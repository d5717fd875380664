import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ENTRY_SCRIPTS, buildBundles, bundleFiles } from "../../tools/build-bundles.ts";
import { ROOT, SCRIPTS } from "./helpers.ts";

// An installed skill runs the committed dist/*.mjs, never the sources, so a bundle built from
// older sources ships old behaviour. This rebuilds them from the sources now in the working
// tree and compares byte for byte (esbuild's output is deterministic for the same inputs).

const STALE_HINT = "dist/ is stale: run `npm run build` and commit dist/.";

const outDir = mkdtempSync(join(tmpdir(), "bundles-test-"));
let built: string[];

beforeAll(async () => {
  built = await buildBundles(outDir);
}, 300_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("the committed bundles", () => {
  it("are one per script the tests and SKILL.md know, their chunks, and nothing else", () => {
    expect([...ENTRY_SCRIPTS].sort()).toEqual([...SCRIPTS].sort());
    expect(built.map((file) => basename(file)).sort()).toEqual(
      [...SCRIPTS].map((script) => `${script}.mjs`).sort(),
    );
    const committed = readdirSync(join(ROOT, "dist"), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(join(ROOT, "dist"), join(entry.parentPath, entry.name)))
      .sort();
    expect(committed, `dist/ does not hold what the build makes. ${STALE_HINT}`).toEqual(
      bundleFiles(outDir),
    );
  });

  it("are byte for byte what the sources build, chunks included", () => {
    for (const file of bundleFiles(outDir)) {
      const fresh = readFileSync(join(outDir, file));
      const committed = readFileSync(join(ROOT, "dist", file));

      expect(
        committed.equals(fresh),
        `dist/${file} differs from a fresh build. ${STALE_HINT}`,
      ).toBe(true);
    }
  });
});
