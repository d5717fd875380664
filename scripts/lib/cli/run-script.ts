import { EXIT_CODES, SkillError } from "../errors.ts";
import { loadEnvFiles } from "../config/env-file.ts";
import { log, maskSecrets } from "../output/logger.ts";
import { printJson } from "../output/json.ts";

/**
 * Runs a script's main function with the contract every script shares:
 * - `.env.local` is read first (variables already set win);
 * - `--help` (or -h) prints the help text and exits 0;
 * - an error the script expects prints one message (no stack trace) on stderr, plus, with
 *   `--format json`, one JSON object `{status: "error", ...}` on stdout, and exits with its code;
 * - anything else is a bug: exit 1, with the stack only at MLFLOW_SKILL_LOG_LEVEL=debug.
 */
export async function runScript(
  help: string,
  main: (argv: string[]) => Promise<number | void>,
): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(help.endsWith("\n") ? help : `${help}\n`);
    return;
  }

  const wantsJson = formatIsJson(argv);
  stopQuietlyWhenStdoutCloses();
  try {
    loadEnvFiles();
    const code = await main(argv);
    process.exitCode = code ?? EXIT_CODES.success;
  } catch (error) {
    process.exitCode = reportFailure(error, wantsJson);
  }
}

/**
 * A reader that stops early (`| head`) closes stdout; the next write fails with EPIPE. That is
 * the reader's choice, not an error: stop without a stack trace.
 */
function stopQuietlyWhenStdoutCloses(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_CODES.success);
    throw error;
  });
}

function formatIsJson(argv: string[]): boolean {
  const index = argv.findIndex((arg) => arg === "--format" || arg.startsWith("--format="));
  if (index < 0) return false;
  const arg = argv[index] ?? "";
  const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[index + 1];
  return value === "json";
}

function reportFailure(error: unknown, wantsJson: boolean): number {
  if (error instanceof SkillError) {
    log.error(error.message);
    if (wantsJson) {
      printJson({
        status: "error",
        error: { type: error.name, message: error.problem, next_step: error.nextStep },
        ...("details" in error ? { details: (error as { details: unknown }).details } : {}),
      });
    }
    return error.exitCode;
  }

  const message = error instanceof Error ? error.message : String(error);
  log.error(
    `Internal error: ${message}. This is a bug in the skill: please report it with the ` +
      "command you ran (set MLFLOW_SKILL_LOG_LEVEL=debug to see where it happened).",
  );
  if (error instanceof Error && error.stack) log.debug(maskSecrets(error.stack));
  if (wantsJson) {
    printJson({
      status: "error",
      error: { type: "InternalError", message, next_step: "Report this bug." },
    });
  }
  return EXIT_CODES.internal;
}
