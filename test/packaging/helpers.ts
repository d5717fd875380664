import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";

/**
 * Shared by the packaging tests: reading SKILL.md the way an agent gets it, and running the
 * committed bundles the way an installed skill runs them (plain node, nothing from the
 * developer's shell).
 */

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The bundled entry points; each is dist/NAME.mjs. */
export const SCRIPTS = ["log_backtest", "query_runs", "create_experiment", "local_server"] as const;
export type ScriptName = (typeof SCRIPTS)[number];

/** The exact token Claude Code replaces with the skill's folder. */
export const SKILL_DIR_TOKEN = "${CLAUDE_SKILL_DIR}";

export interface SkillMd {
  /** The frontmatter text between the two `---` lines, as written. */
  frontmatterText: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export function readSkillMd(root = ROOT): SkillMd {
  const text = readFileSync(join(root, "SKILL.md"), "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error("SKILL.md does not start with a --- frontmatter block ---");
  const frontmatterText = match[1]!;
  return {
    frontmatterText,
    frontmatter: parseYaml(frontmatterText) as Record<string, unknown>,
    body: match[2]!,
  };
}

/** Every line of every fenced code block of the body, with its block's language. */
export function codeLines(body: string): { language: string; line: string }[] {
  const lines: { language: string; line: string }[] = [];
  let language: string | undefined;
  for (const line of body.split("\n")) {
    const fence = /^```(\S*)/.exec(line);
    if (fence) {
      language = language === undefined ? fence[1]! : undefined;
      continue;
    }
    if (language !== undefined && line.trim() !== "") lines.push({ language, line });
  }
  return lines;
}

/** The commands SKILL.md tells the agent to run: the lines of its sh code blocks. */
export function skillCommands(body: string): string[] {
  return codeLines(body)
    .filter(({ language, line }) => language === "sh" && !line.trim().startsWith("#"))
    .map(({ line }) => line.trim());
}

/** The script a SKILL.md command runs, from its dist/NAME.mjs path. */
export function scriptOf(command: string): ScriptName | undefined {
  const match = /\/dist\/([a-z_]+)\.mjs"/.exec(command);
  return SCRIPTS.find((name) => name === match?.[1]);
}

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the process was killed for running past the time limit. */
  timedOut: boolean;
}

export interface RunOptions {
  cwd: string;
  /** The whole environment, apart from PATH (set to node's folder and the system's). */
  env?: Record<string, string>;
  /**
   * "closed": stdin at end of file. "open": a pipe that is never written to nor closed, so a
   * process that waits for an answer hangs until the time limit.
   */
  stdin?: "closed" | "open";
  timeoutMs?: number;
}

/**
 * Runs `command` with `args` and nothing of this process's environment but a PATH that finds
 * node and the system's tools; no NODE_OPTIONS, NODE_PATH or tsx loader can help it along.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<ProcessResult> {
  const { cwd, env = {}, stdin = "closed", timeoutMs = 60_000 } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, ...env },
      stdio: [stdin === "open" ? "pipe" : "ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

/** Runs a committed bundle, dist/NAME.mjs under `skillDir`, with plain node. */
export function runBundle(
  skillDir: string,
  script: ScriptName,
  args: readonly string[],
  options: RunOptions,
): Promise<ProcessResult> {
  return runProcess(process.execPath, [join(skillDir, "dist", `${script}.mjs`), ...args], options);
}

/** Parses a script's whole stdout as one JSON object; throws if anything else is there. */
export function parseOneObject(stdout: string): Record<string, any> {
  const value: unknown = JSON.parse(stdout);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new Error(`stdout is JSON but not one object: ${stdout.slice(0, 200)}`);
  }
  return value as Record<string, any>;
}
