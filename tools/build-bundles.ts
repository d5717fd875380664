/**
 * `npm run build`: one self-contained ES module per script in dist/, with every dependency
 * inside, so an install with nothing but Node 20 can run the skill (no npm install). The
 * bundles are committed; test/packaging checks they match what the sources build.
 */
import { mkdirSync } from "node:fs";
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

export async function buildBundles(outDir = join(ROOT, "dist")): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const outputs: string[] = [];
  for (const name of ENTRY_SCRIPTS) {
    const outfile = join(outDir, `${name}.mjs`);
    await build({
      entryPoints: [join(ROOT, "scripts", `${name}.ts`)],
      outfile,
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
    outputs.push(outfile);
  }
  return outputs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outputs = await buildBundles(process.argv[2]);
  for (const file of outputs) console.log(file);
}
