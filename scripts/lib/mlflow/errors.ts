import { EXIT_CODES, SkillError } from "../errors.ts";
import type { Experiment } from "./types.ts";

/**
 * The server answered with an error. Keeps everything a caller may branch on: the HTTP status,
 * MLflow's `error_code` (absent when a proxy or the auth app answered in plain text), the
 * server's own message, and the request's method and path (never its query or body).
 */
export class MlflowApiError extends SkillError {
  readonly status: number;
  readonly errorCode: string | undefined;
  readonly serverMessage: string;
  readonly method: string;
  readonly path: string;

  constructor(fields: {
    status: number;
    errorCode: string | undefined;
    serverMessage: string;
    method: string;
    path: string;
    nextStep?: string;
  }) {
    const code = fields.errorCode ? ` ${fields.errorCode}` : "";
    const problem =
      `MLflow answered ${fields.status}${code} to ${fields.method} ${fields.path}: ` +
      `${firstLine(fields.serverMessage)}`;
    super(
      problem,
      fields.nextStep ?? nextStepFor(fields.status, fields.errorCode, fields.serverMessage),
      EXIT_CODES.server,
    );
    this.status = fields.status;
    this.errorCode = fields.errorCode;
    this.serverMessage = fields.serverMessage;
    this.method = fields.method;
    this.path = fields.path;
  }
}

/**
 * A deleted experiment holds the name asked for: MLflow keeps it taken until the experiment is
 * restored or purged, so nothing can be created under it. `nextStep` names the caller's way out.
 */
export class DeletedExperimentError extends SkillError {
  readonly details: { experiment_id: string; name: string; lifecycle_stage: string };

  constructor(experiment: Experiment, nextStep: string) {
    super(
      `The experiment "${experiment.name}" (id ${experiment.experimentId}) exists but is ` +
        "deleted, and MLflow keeps a deleted experiment's name taken.",
      nextStep,
      EXIT_CODES.usageOrInput,
    );
    this.details = {
      experiment_id: experiment.experimentId,
      name: experiment.name,
      lifecycle_stage: experiment.lifecycleStage,
    };
  }
}

/** The server could not be reached, or did not answer in time. `cause` holds the socket error. */
export class MlflowConnectionError extends SkillError {
  readonly url: string;

  constructor(problem: string, nextStep: string, url: string, cause: unknown) {
    super(problem, nextStep, EXIT_CODES.server, { cause });
    this.url = url;
  }
}

/** Keys the server would refuse; caught before anything is sent. */
export class InvalidKeyError extends SkillError {
  readonly badKeys: string[];

  constructor(kind: string, badKeys: string[]) {
    const shown = badKeys.slice(0, 10).map((key) => JSON.stringify(key));
    const more = badKeys.length > 10 ? ` and ${badKeys.length - 10} more` : "";
    super(
      `MLflow would refuse these ${kind} keys: ${shown.join(", ")}${more}.`,
      "Keys may hold letters, digits, spaces and _ - . / : only, at most 250 characters, and " +
        "must not start with / or contain .. or //. Rename them (for example MAP@k to MAP_at_k).",
      EXIT_CODES.usageOrInput,
    );
    this.badKeys = badKeys;
  }
}

/** The first line of a server's message, cut at 500 characters. */
export function firstLine(text: string): string {
  const line = text.trim().split("\n")[0] ?? "";
  return line.length > 500 ? `${line.slice(0, 500)}…` : line;
}

function nextStepFor(status: number, errorCode: string | undefined, message: string): string {
  if (/Changing param values is not allowed/i.test(message)) {
    return (
      "MLflow never changes a param once logged, and this run already has that param with " +
      "another value (servers on the file store report it as a 500; it will not pass on " +
      "retry). Log to a new run, or give the param another name."
    );
  }
  if (status === 401) {
    return (
      "The server wants credentials: set MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD " +
      "(or MLFLOW_TRACKING_TOKEN) and check they are right."
    );
  }
  if (status === 403) {
    return "These credentials lack permission here: ask the server's admin for EDIT on the experiment.";
  }
  if (status === 404 && errorCode === undefined) {
    return (
      "The server has no such endpoint: MLFLOW_TRACKING_URI may have a wrong path prefix or " +
      "point at something other than MLflow. Open it in a browser and check."
    );
  }
  if (errorCode === "RESOURCE_DOES_NOT_EXIST" || status === 404) {
    return "Check the id or name: list what exists with `query_runs experiments` or `runs`.";
  }
  if (errorCode === "RESOURCE_ALREADY_EXISTS") {
    return "Use the existing one, or pick another name.";
  }
  if (status >= 500) {
    return "The server failed; check its log, and try again once it is healthy.";
  }
  return "Check the value the message names and try again.";
}
