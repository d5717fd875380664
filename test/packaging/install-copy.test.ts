import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { uniqueExperimentName } from "../helpers/experiments.ts";
import {
  ROOT,
  SKILL_DIR_TOKEN,
  parseOneObject,
  readSkillMd,
  runBundle,
  runProcess,
  scriptOf,
  skillCommands,
} from "./helpers.ts";

// What a marketplace install gets: the tracked files of the repository, copied, with no
// node_modules and no build step. Every command SKILL.md gives must run there with plain node,
// as the agent would type it once Claude Code has put the folder in place of the token.

const work = mkdtempSync(join(tmpdir(), "install-copy-test-"));
/** The installed skill: the tracked files only. */
const skillDir = join(work, "skill");
/** The researcher's project folder, where the agent's shell starts. */
const projectDir = join(work, "project");
/** MLFLOW_SKILL_HOME, so saved runs and server data stay in this test's folder. */
const skillHome = join(work, "home");

const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
  .split("\0")
  .filter((path) => path !== "");
const commands = skillCommands(readSkillMd().body);

/** A command as the agent runs it: the token replaced by the installed folder. */
const installed = (command: string) => command.split(SKILL_DIR_TOKEN).join(skillDir);

/** Runs one command line through sh, as the agent's Bash tool does, from the project folder. */
const shell = (line: string, env: Record<string, string> = {}) =>
  runProcess("/bin/sh", ["-c", line], {
    cwd: projectDir,
    env: { HOME: work, MLFLOW_SKILL_HOME: skillHome, ...env },
    timeoutMs: 120_000,
  });

beforeAll(() => {
  for (const path of tracked) {
    // A tracked file deleted in the working tree (someone's change in progress) is skipped;
    // the check on SKILL.md's mentions below still catches one the skill needs.
    if (!existsSync(join(ROOT, path))) continue;
    mkdirSync(dirname(join(skillDir, path)), { recursive: true });
    copyFileSync(join(ROOT, path), join(skillDir, path));
  }
  mkdirSync(projectDir, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the tracked files, copied as a marketplace install copies them", () => {
  it("hold no node_modules, and no node_modules is reachable from the copy", () => {
    expect(tracked.some((path) => path.split("/").includes("node_modules"))).toBe(false);
    for (let dir = skillDir; dir !== dirname(dir); dir = dirname(dir)) {
      expect(existsSync(join(dir, "node_modules")), dir).toBe(false);
    }
  });

  it("hold every file SKILL.md mentions (an untracked one would be missing after install)", () => {
    const body = readSkillMd().body;
    const mentioned = new Set([
      ...[...body.matchAll(/\breferences\/[A-Za-z0-9_.-]*[A-Za-z0-9_]/g)].map((m) => m[0]),
      ...commands.map((command) => /\/(dist\/[a-z_]+\.mjs)"/.exec(command)?.[1] ?? ""),
    ]);
    mentioned.delete("");
    for (const path of mentioned) {
      expect(tracked, `${path} is not tracked by git: git add it`).toContain(path);
    }
  });
});

describe("every command SKILL.md gives, run from the copy with --help", () => {
  it("SKILL.md gives commands", () => {
    expect(commands.length).toBeGreaterThan(5);
  });

  it.each(commands)("%s", async (command) => {
    const result = await shell(`${installed(command)} --help`);

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(`${scriptOf(command)}: `)).toBe(true);
    expect(result.stdout).toMatch(/Exit codes/);
  });
});

describe("real work from the copy, with plain node", () => {
  it("log_backtest --dry-run reads the bundled example and computes the metrics", async () => {
    const example = join(skillDir, "examples", "spy_daily_prices.csv");
    const result = await runBundle(
      skillDir,
      "log_backtest",
      ["--returns", example, "--dry-run", "--format", "json"],
      { cwd: projectDir, env: { HOME: work, MLFLOW_SKILL_HOME: skillHome } },
    );
    const output = parseOneObject(result.stdout);

    expect(result.code).toBe(0);
    expect(output.status).toBe("ok");
    expect(output.dry_run).toBe(true);
    expect(output.input.column).toBe("SPY");
    expect(Object.keys(output.metrics).length).toBeGreaterThan(50);
  });

  it("query_runs experiments answers from the test server through MLFLOW_TRACKING_URI", async () => {
    const result = await runBundle(skillDir, "query_runs", ["experiments", "--format", "json"], {
      cwd: projectDir,
      env: { HOME: work, MLFLOW_SKILL_HOME: skillHome, MLFLOW_TRACKING_URI: inject("mlflowUrl") },
    });
    const output = parseOneObject(result.stdout);

    expect(result.code).toBe(0);
    expect(output.status).toBe("ok");
    // The server's Default experiment (id 0) always exists.
    expect(output.experiments.map((e: { experiment_id: string }) => e.experiment_id)).toContain(
      "0",
    );
  });
});

describe("every SKILL.md example, run from the copy against the test server", () => {
  // The examples are written for a project holding returns.csv (one series), prices.csv (one
  // column per ticker, AAPL among them) and spy.csv (a benchmark), logging to an experiment
  // called momentum. Here those files are the test fixtures, "momentum" is an experiment of this
  // test's own, and RUN_ID / OTHER_RUN_ID are the runs the examples themselves log.
  // local_server examples are left out: they would start or stop a server on the default port.
  const experiment = uniqueExperimentName("skill-examples");
  const env = { MLFLOW_TRACKING_URI: inject("mlflowUrl") };
  const forProject = (command: string) => installed(command).replace(/\bmomentum\b/g, experiment);
  const runnable = commands.filter((command) => scriptOf(command) !== "local_server");
  const writes = runnable.filter((command) => /log_backtest|create_experiment/.test(command));
  const reads = runnable.filter((command) => !writes.includes(command));
  const runIds: string[] = [];

  beforeAll(() => {
    const fixture = readFileSync(
      join(ROOT, "test", "fixtures", "data", "ffn_test_data_AAPL_MSFT_C.csv"),
      "utf8",
    );
    const oneSeries = fixture
      .trimEnd()
      .split("\n")
      .map((line) => line.split(",").slice(0, 2).join(","))
      .join("\n");
    writeFileSync(join(projectDir, "prices.csv"), fixture);
    writeFileSync(join(projectDir, "returns.csv"), `${oneSeries}\n`);
    copyFileSync(join(ROOT, "examples", "spy_daily_prices.csv"), join(projectDir, "spy.csv"));
  });

  it.each(writes)("%s", async (command) => {
    const result = await shell(forProject(command), env);

    expect(result.code, result.stderr).toBe(0);
    const output = parseOneObject(result.stdout);
    expect(output.status).toBe("ok");
    if (typeof output.run_id === "string") runIds.push(output.run_id);
  });

  it.each(reads)("%s", async (command) => {
    expect(runIds.length, "the examples log fewer than two runs to compare").toBeGreaterThan(1);
    const line = forProject(command)
      .replace(/\bOTHER_RUN_ID\b/g, runIds[1]!)
      .replace(/\bRUN_ID\b/g, runIds[0]!);
    const result = await shell(line, env);

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
    if (/--format json/.test(line)) expect(parseOneObject(result.stdout).status).toBe("ok");
  });
});
