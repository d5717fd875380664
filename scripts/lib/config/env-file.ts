import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "node:util";

/** Name of the optional file holding credentials and settings, kept out of git. */
export const ENV_FILE_NAME = ".env.local";

/**
 * The folders searched for `.env.local`, most specific first: the current folder (the
 * researcher's project), then the skill folder (where a hand install keeps it).
 *
 * An agent's shell does not run mise or direnv, so the scripts read the file themselves.
 */
export function envFileCandidates(cwd = process.cwd()): string[] {
  const skillDir = findSkillDir();
  const folders = [resolve(cwd), skillDir].filter((dir): dir is string => dir !== undefined);
  return [...new Set(folders)].map((dir) => join(dir, ENV_FILE_NAME));
}

/**
 * Copies variables from every `.env.local` found into `env`, without overwriting a variable
 * that is already set: the real environment always wins, then the current folder's file,
 * then the skill folder's. Returns the files that were read.
 */
export function loadEnvFiles(env: NodeJS.ProcessEnv = process.env, cwd?: string): string[] {
  const loaded: string[] = [];
  for (const file of envFileCandidates(cwd)) {
    if (!existsSync(file)) continue;
    const values = parseEnv(readFileSync(file, "utf8"));
    for (const [key, value] of Object.entries(values)) {
      if (env[key] === undefined) env[key] = value;
    }
    loaded.push(file);
  }
  return loaded;
}

/**
 * The skill's root folder: the nearest ancestor of this module holding SKILL.md. Works for the
 * sources (scripts/lib/config/) and for the bundles (dist/), which sit at different depths.
 */
export function findSkillDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "SKILL.md"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
