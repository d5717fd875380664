/**
 * `npm run build`: one ES module per script in dist/, with every dependency inside dist/, so an
 * install with nothing but Node 20 can run the skill (no npm install). The scripts share code
 * split into dist/chunks/, loaded only when needed: `--help` reads a few kilobytes instead of
 * parsing two megabytes, which halves its start-up (bench/). The bundles are committed;
 * test/packaging checks they match what the sources build.
 */
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ENTRY_SCRIPTS = ["log_backtest", "query_runs", "create_experiment", "local_server"];

/**
 * Some dependencies are CommonJS and call require() for Node's built-ins; an ES module has no
 * require, so each bundle creates one first.
 */
const REQUIRE_SHIM = [
  "#!/usr/bin/env node",
  'import { createRequire as __createRequire } from "node:module";',
  "const require = __createRequire(import.meta.url);",
].join("\n");

/** Every file a build writes, relative to its folder: the entry bundles and their chunks. */
export function bundleFiles(outDir: string): string[] {
  const chunks = join(outDir, CHUNKS);
  const chunkFiles = readdirSync(chunks, { withFileTypes: true }).filter((entry) => entry.isFile());
  return [
    ...ENTRY_SCRIPTS.map((name) => `${name}.mjs`),
    ...chunkFiles.map((entry) => `${CHUNKS}/${entry.name}`),
  ].sort();
}

const CHUNKS = "chunks";

/**
 * Builds the four scripts together into `outDir` (emptied of old chunks first, since their names
 * carry a content hash) and returns the paths of the entry bundles.
 */
export async function buildBundles(outDir = join(ROOT, "dist")): Promise<string[]> {
  rmSync(join(outDir, CHUNKS), { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: ENTRY_SCRIPTS.map((name) => join(ROOT, "scripts", `${name}.ts`)),
    outdir: outDir,
    entryNames: "[name]",
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    outExtension: { ".js": ".mjs" },
    splitting: true,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    minify: true,
    keepNames: true,
    legalComments: "eof",
    banner: { js: REQUIRE_SHIM },
    logLevel: "warning",
  });
  return ENTRY_SCRIPTS.map((name) => join(outDir, `${name}.mjs`));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outputs = await buildBundles(process.argv[2]);
  for (const file of outputs) console.log(file);
}
