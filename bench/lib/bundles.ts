import { mkdirSync } from "node:fs";
import { join } from "node:path";

import { build } from "esbuild";

import { ENTRY_SCRIPTS, ROOT, buildBundles } from "../../tools/build-bundles.ts";

/** The benchmark's own clients, bundled like the skill's scripts and run by plain node. */
const BENCH_CLIENTS = ["log_history", "raw_log_batch", "raw_search"];

/** Bundles run by plain node, by name (log_backtest, query_runs, ..., log_history, ...). */
export type Bundles = Record<string, string>;

/**
 * Builds the skill's scripts into `outDir` with `npm run build`'s own code (so the numbers are
 * those of the working tree, even before dist/ is rebuilt), and the benchmark's clients with
 * the same esbuild settings.
 */
export async function buildBenchBundles(outDir: string): Promise<Bundles> {
  mkdirSync(outDir, { recursive: true });
  await buildBundles(outDir);
  for (const name of BENCH_CLIENTS) {
    await build({
      entryPoints: [join(ROOT, "bench", "clients", `${name}.ts`)],
      outfile: join(outDir, `${name}.mjs`),
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      minify: true,
      banner: {
        js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
      },
      logLevel: "warning",
    });
  }
  const names = [...ENTRY_SCRIPTS, ...BENCH_CLIENTS];
  return Object.fromEntries(names.map((name) => [name, join(outDir, `${name}.mjs`)]));
}
