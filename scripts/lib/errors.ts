/**
 * Exit codes shared by every script, documented in each `--help`.
 * - 0: success
 * - 1: an unexpected internal error (a bug: please report it with the command that failed)
 * - 2: bad usage or bad input; nothing was sent to MLflow
 * - 3: configuration, connection, authentication or server failure
 */
export const EXIT_CODES = {
  success: 0,
  internal: 1,
  usageOrInput: 2,
  server: 3,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/**
 * The base of every error the scripts report on purpose. `problem` says what went wrong and
 * `nextStep` what to do about it; the message is both, so it always ends with the next step.
 */
export class SkillError extends Error {
  readonly problem: string;
  readonly nextStep: string;
  readonly exitCode: ExitCode;

  constructor(problem: string, nextStep: string, exitCode: ExitCode, options?: ErrorOptions) {
    super(`${problem} ${nextStep}`.trim(), options);
    this.name = new.target.name;
    this.problem = problem;
    this.nextStep = nextStep;
    this.exitCode = exitCode;
  }
}

/** A flag or argument the script cannot use. */
export class UsageError extends SkillError {
  constructor(problem: string, nextStep: string) {
    super(problem, nextStep, EXIT_CODES.usageOrInput);
  }
}

/** A returns file, benchmark or JSON argument that cannot be read as asked. */
export class InputError extends SkillError {
  constructor(problem: string, nextStep: string) {
    super(problem, nextStep, EXIT_CODES.usageOrInput);
  }
}

/** A setting in the environment or `.env.local` that is missing or malformed. */
export class ConfigError extends SkillError {
  constructor(problem: string, nextStep: string) {
    super(problem, nextStep, EXIT_CODES.server);
  }
}
