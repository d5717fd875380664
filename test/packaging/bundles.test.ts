import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ENTRY_SCRIPTS, buildBundles } from "../../tools/build-bundles.ts";
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
  it("are one per script the tests and SKILL.md know, and nothing else", () => {
    expect([...ENTRY_SCRIPTS].sort()).toEqual([...SCRIPTS].sort());
    const committed = readdirSync(join(ROOT, "dist")).sort();
    expect(committed, "dist/ holds a file the build does not make").toEqual(
      built.map((file) => basename(file)).sort(),
    );
  });

  it.each([...SCRIPTS])("dist/%s.mjs is byte for byte what the sources build", (script) => {
    const fresh = readFileSync(join(outDir, `${script}.mjs`));
    const committed = readFileSync(join(ROOT, "dist", `${script}.mjs`));

    expect(
      committed.equals(fresh),
      `dist/${script}.mjs differs from a fresh build. ${STALE_HINT}`,
    ).toBe(true);
  });
});
