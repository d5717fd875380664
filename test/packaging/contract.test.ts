import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { EXIT_CODES } from "../../scripts/lib/errors.ts";
import { testClient } from "../helpers/client.ts";
import { uniqueExperimentName } from "../helpers/experiments.ts";
import { createManyRuns } from "../query/fixtures.ts";
import {
  type ProcessResult,
  ROOT,
  SCRIPTS,
  type ScriptName,
  parseOneObject,
  runBundle,
} from "./helpers.ts";

// The contract every script keeps (issue 7, "The script contract"), checked on the committed
// bundles an installed skill runs: --help documents flags, environment, exit codes and output
// fields; --format json prints one object and nothing else on stdout; bad usage exits 2; no
// script waits for an answer on stdin; tables stay short however many runs match.
// Nothing here reaches a server but the suite's own (MLFLOW_TRACKING_URI is always set).

const work = mkdtempSync(join(tmpdir(), "contract-test-"));
const baseEnv = { HOME: work, MLFLOW_SKILL_HOME: join(work, "home") };
const serverEnv = { ...baseEnv, MLFLOW_TRACKING_URI: inject("mlflowUrl") };

const run = (
  script: ScriptName,
  args: readonly string[],
  env: Record<string, string> = serverEnv,
  stdin: "closed" | "open" = "closed",
): Promise<ProcessResult> =>
  runBundle(ROOT, script, args, { cwd: work, env, stdin, timeoutMs: 60_000 });

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Where each script's flags are declared (parseArgs option objects). */
const FLAG_SOURCES: Record<ScriptName, string[]> = {
  log_backtest: ["scripts/lib/backtest/request.ts"],
  query_runs: readdirSync(join(ROOT, "scripts/lib/query/commands"))
    .filter((file) => file.endsWith(".ts") && file !== "create-experiment.ts")
    .map((file) => `scripts/lib/query/commands/${file}`),
  create_experiment: ["scripts/lib/query/commands/create-experiment.ts"],
  local_server: ["scripts/local_server.ts"],
};

/** Every flag the sources declare for a script, with its one-letter form if it has one. */
function declaredFlags(script: ScriptName): { long: string; short?: string }[] {
  const flags = new Map<string, { long: string; short?: string }>();
  for (const file of FLAG_SOURCES[script]) {
    const source = readFileSync(join(ROOT, file), "utf8");
    const pattern = /^\s+"?([a-z][a-z-]*)"?: \{ type: "(?:string|boolean)"(?:, short: "(\w)")?/gm;
    for (const match of source.matchAll(pattern)) {
      flags.set(match[1]!, { long: match[1]!, ...(match[2] ? { short: match[2] } : {}) });
    }
  }
  return [...flags.values()];
}

/**
 * The variables each script reads. Those of the MLflow connection are read by every script
 * that talks to the server (scripts/lib/config/); log_backtest also keeps unsent runs under
 * MLFLOW_SKILL_HOME; local_server builds its Python environment there.
 */
const CONNECTION_VARIABLES = [
  "MLFLOW_TRACKING_URI",
  "MLFLOW_TRACKING_USERNAME",
  "MLFLOW_TRACKING_PASSWORD",
  "MLFLOW_TRACKING_TOKEN",
  "MLFLOW_TRACKING_SERVER_CERT_PATH",
  "MLFLOW_TRACKING_CLIENT_CERT_PATH",
  "MLFLOW_TRACKING_INSECURE_TLS",
  "MLFLOW_HTTP_REQUEST_MAX_RETRIES",
  "MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR",
  "MLFLOW_HTTP_REQUEST_TIMEOUT",
  "MLFLOW_SKILL_LOG_LEVEL",
];
const VARIABLES: Record<ScriptName, string[]> = {
  log_backtest: [...CONNECTION_VARIABLES, "MLFLOW_SKILL_HOME"],
  query_runs: CONNECTION_VARIABLES,
  create_experiment: CONNECTION_VARIABLES,
  local_server: ["MLFLOW_SKILL_HOME", "MLFLOW_SKILL_PYTHON"],
};

/** The error classes a script reports on purpose (scripts/lib/errors.ts and its subclasses). */
const ERROR_TYPES = [
  "SkillError",
  "UsageError",
  "InputError",
  "ConfigError",
  "MlflowApiError",
  "MlflowConnectionError",
  "InvalidKeyError",
  "RunFailedError",
  "UnsentRunError",
  "NotFoundError",
  "StuckPagingError",
  "DeletedExperimentError",
  "QuerySyntaxError",
  "InternalError",
];

describe("--help", () => {
  const helps = new Map<ScriptName, string>();
  beforeAll(async () => {
    for (const script of SCRIPTS) {
      const result = await run(script, ["--help"], baseEnv);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      helps.set(script, result.stdout);
    }
  });

  it("lists the variables of .env.example, each in the help of the scripts that read it", () => {
    const example = readFileSync(join(ROOT, ".env.example"), "utf8");
    const listed = [...example.matchAll(/^(MLFLOW_[A-Z_]+)=/gm)].map((match) => match[1]!);
    const read = new Set(Object.values(VARIABLES).flat());
    expect([...read].sort(), ".env.example and this test's list of variables differ").toEqual(
      [...listed].sort(),
    );
  });

  describe.each([...SCRIPTS])("%s", (script) => {
    it("has a usage, exit codes 0 to 3, an environment and an output section", () => {
      const help = helps.get(script)!;
      expect(help).toMatch(/^Usage:/m);
      expect(help).toMatch(/Exit codes/);
      expect(help).toMatch(/^Environment/m);
      expect(help).toMatch(/^Output/m);
      for (const code of [0, 2, 3]) expect(help).toMatch(new RegExp(`\\b${code} `));
    });

    it("names every flag the script takes", () => {
      const help = helps.get(script)!;
      const flags = declaredFlags(script);
      expect(flags.length).toBeGreaterThan(1);
      for (const { long, short } of flags) {
        expect(help, `--${long}`).toMatch(new RegExp(`--${long}\\b`));
        if (short) expect(help, `-${short}`).toMatch(new RegExp(`(^|[\\s,])-${short}\\b`, "m"));
      }
    });

    it("names every environment variable the script reads", () => {
      const help = helps.get(script)!;
      for (const variable of VARIABLES[script]) expect(help, variable).toContain(variable);
    });
  });

  describe("names every field of the JSON the script prints", () => {
    const expectDocumented = (script: ScriptName, keys: Iterable<string>) => {
      const help = helps.get(script)!;
      for (const key of keys) expect(help, `${script}: ${key}`).toMatch(new RegExp(`\\b${key}\\b`));
    };

    it("log_backtest --dry-run", async () => {
      const result = await run("log_backtest", [
        "--returns",
        join(ROOT, "examples", "spy_daily_prices.csv"),
        "--dry-run",
        "--tearsheet",
        join(work, "tearsheet.html"),
        "--format",
        "json",
      ]);
      const output = parseOneObject(result.stdout);

      expect(result.code).toBe(0);
      expectDocumented("log_backtest", Object.keys(output));
      expectDocumented("log_backtest", Object.keys(output.input));
    });

    it("query_runs experiments", async () => {
      const result = await run("query_runs", ["experiments", "--format", "json"]);
      const output = parseOneObject(result.stdout);

      expect(result.code).toBe(0);
      expectDocumented("query_runs", Object.keys(output));
      expectDocumented("query_runs", Object.keys(output.experiments[0]));
    });

    it("create_experiment", async () => {
      const name = uniqueExperimentName("contract");
      const result = await run("create_experiment", ["--name", name, "--format", "json"]);
      const output = parseOneObject(result.stdout);

      expect(result.code).toBe(0);
      expectDocumented("create_experiment", Object.keys(output));
      expectDocumented("create_experiment", Object.keys(output.experiment));
    });

    it("local_server stop, with nothing running in its data folder", async () => {
      const dataDir = mkdtempSync(join(work, "server-"));
      const result = await run("local_server", ["stop", "--data-dir", dataDir, "--format", "json"]);
      const output = parseOneObject(result.stdout);

      expect(result.code).toBe(0);
      expectDocumented("local_server", Object.keys(output));
    });
  });
});

/**
 * One failure per script that needs no server, or only the suite's: the exit code it must give
 * and a description. Each is run with --format json.
 */
const FAILURES: {
  script: ScriptName;
  args: string[];
  env?: Record<string, string>;
  exit: number;
  what: string;
}[] = [
  {
    script: "log_backtest",
    args: ["--returns", "no-such-file.csv", "--dry-run"],
    exit: EXIT_CODES.usageOrInput,
    what: "a returns file that does not exist",
  },
  {
    script: "log_backtest",
    args: ["--returns", "x.csv", "--risk-free-rate", "2"],
    exit: EXIT_CODES.usageOrInput,
    what: "a risk-free rate of 200%",
  },
  {
    script: "query_runs",
    args: ["run", "not-a-run-id"],
    exit: EXIT_CODES.usageOrInput,
    what: "a run id that is not one",
  },
  {
    script: "query_runs",
    args: ["runs", "-e", "no-such-experiment-anywhere"],
    exit: EXIT_CODES.usageOrInput,
    what: "an experiment that does not exist",
  },
  {
    script: "query_runs",
    args: ["experiments"],
    env: { ...baseEnv, MLFLOW_TRACKING_URI: "file:///tmp/mlruns" },
    exit: EXIT_CODES.server,
    what: "a tracking URI that is not a server",
  },
  {
    script: "query_runs",
    args: ["export", "-e", "Default", "--output", "no-such-folder/runs.csv"],
    exit: EXIT_CODES.usageOrInput,
    what: "an export file in a folder that does not exist",
  },
  {
    script: "create_experiment",
    args: [],
    exit: EXIT_CODES.usageOrInput,
    what: "no --name",
  },
  {
    script: "create_experiment",
    args: ["--name", "x"],
    env: { ...serverEnv, MLFLOW_TRACKING_USERNAME: "someone" },
    exit: EXIT_CODES.server,
    what: "a user name without a password",
  },
  {
    script: "local_server",
    args: ["restart"],
    exit: EXIT_CODES.usageOrInput,
    what: "an action it does not have",
  },
];

describe("--format json on a failure", () => {
  it.each(FAILURES)("$script: $what prints one error object and exits $exit", async (failure) => {
    const result = await run(failure.script, [...failure.args, "--format", "json"], failure.env);
    const output = parseOneObject(result.stdout);

    expect(result.code).toBe(failure.exit);
    expect(output.status).toBe("error");
    expect(Object.keys(output).every((key) => ["status", "error", "details"].includes(key))).toBe(
      true,
    );
    expect(typeof output.error.message).toBe("string");
    expect(output.error.message.length).toBeGreaterThan(0);
    expect(typeof output.error.next_step).toBe("string");
    expect(output.error.next_step.length).toBeGreaterThan(0);
    // The same message goes to stderr for a reader without JSON.
    expect(result.stderr).toContain(output.error.message);
  });

  it("names the error type readably in every one of them", async () => {
    // error.type is the class name, which an agent (or troubleshooting.md) can branch on; a
    // minifier that renames classes turns it into two letters.
    const types: string[] = [];
    for (const failure of FAILURES) {
      const args = [...failure.args, "--format", "json"];
      const result = await run(failure.script, args, failure.env);
      types.push(parseOneObject(result.stdout).error.type);
    }
    expect(types.filter((type) => !ERROR_TYPES.includes(type))).toEqual([]);
  });
});

describe("bad usage", () => {
  it.each([...SCRIPTS])("%s: an unknown flag exits 2, in table and in JSON", async (script) => {
    const args = script === "query_runs" ? ["runs", "--no-such-flag"] : ["--no-such-flag"];

    const text = await run(script, args);
    const json = await run(script, [...args, "--format", "json"]);

    expect(text.code).toBe(EXIT_CODES.usageOrInput);
    expect(text.stdout).toBe("");
    expect(text.stderr).toMatch(/--no-such-flag/);
    expect(json.code).toBe(EXIT_CODES.usageOrInput);
    expect(parseOneObject(json.stdout).status).toBe("error");
  });
});

describe("no prompts", () => {
  // stdin stays open and silent: a script that asked for the missing value would wait here
  // until the time limit instead of exiting with its usage error.
  it.each([
    { script: "log_backtest" as const, args: [] as string[] },
    { script: "create_experiment" as const, args: [] as string[] },
    { script: "query_runs" as const, args: [] as string[] },
    { script: "local_server" as const, args: [] as string[] },
  ])("$script with its required input missing exits 2 at once", async ({ script, args }) => {
    const started = Date.now();
    const result = await runBundle(ROOT, script, args, {
      cwd: work,
      env: serverEnv,
      stdin: "open",
      timeoutMs: 20_000,
    });

    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(EXIT_CODES.usageOrInput);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe("bounded tables", () => {
  // 120 runs: more than a table shows (50 rows) and more than a search returns by default
  // (100), yet quick to create. test/query covers paging over 1,100 runs.
  const RUN_COUNT = 120;
  const client = testClient();
  const name = uniqueExperimentName("contract-table");

  beforeAll(async () => {
    const experimentId = await client.createExperiment(name);
    await createManyRuns(client, experimentId, RUN_COUNT);
  }, 120_000);
  afterAll(() => client.close());

  it("runs --all in a table shows 50 rows and says how many more there are and how to see them", async () => {
    const result = await run("query_runs", ["runs", "-e", name, "--all"]);
    const lines = result.stdout.trimEnd().split("\n");

    expect(result.code).toBe(0);
    expect(lines.length).toBeLessThan(70);
    expect(result.stdout).toMatch(/\b50 of 120 runs\b/);
    expect(result.stdout).toMatch(/\b70 not shown\b/);
    expect(result.stdout).toMatch(/--table-rows 0|--format (json|csv)/);
  });

  it("runs with the default limit says more runs match than it returned", async () => {
    const result = await run("query_runs", ["runs", "-e", name, "--format", "json"]);
    const output = parseOneObject(result.stdout);

    expect(result.code).toBe(0);
    expect(output.count).toBe(100);
    expect(output.runs).toHaveLength(100);
    expect(typeof output.next_page_token).toBe("string");
  });
});
