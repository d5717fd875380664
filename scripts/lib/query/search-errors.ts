import { EXIT_CODES, SkillError } from "../errors.ts";
import { MlflowApiError } from "../mlflow/errors.ts";

/**
 * The server refused a search's filter, order-by or page token. It is the user's query that is
 * wrong, not the server, so the exit code is the one for bad usage, and the next step restates
 * the grammar's rules with the hint that fits the server's complaint.
 */
export class QuerySyntaxError extends SkillError {
  readonly details: { server_message: string; filter?: string; order_by?: string[] };

  constructor(problem: string, nextStep: string, details: QuerySyntaxError["details"]) {
    super(problem, nextStep, EXIT_CODES.usageOrInput);
    this.details = details;
  }
}

export interface SearchContext {
  what: "runs" | "experiments";
  filter?: string;
  orderBy?: readonly string[];
  pageToken?: string;
}

/** The grammar for run searches, in one paragraph. */
export const RUN_FILTER_RULES =
  "Filter rules: conditions joined by AND only (no OR, NOT or parentheses). metrics.KEY, start_time and end_time take = != > >= < <= and an unquoted " +
  "number. params.KEY and tags.KEY take = != LIKE ILIKE and a 'quoted' string, or IS NULL / " +
  "IS NOT NULL. Attributes run_name, status, user_id, artifact_uri and run_id take = != LIKE " +
  "ILIKE and a quoted string; run_id also IN ('id1','id2'). Put keys holding - / : space or " +
  "other signs in backticks: metrics.`f1-score` > 0.8. Order by takes KEY [ASC|DESC], e.g. " +
  "--order-by 'metrics.sharpe_ratio DESC'. More in references/query-patterns.md.";

/** The grammar for experiment searches, in one paragraph. */
export const EXPERIMENT_FILTER_RULES =
  "Experiment filters take name, creation_time, last_update_time and tags.KEY only, joined by " +
  "AND: name LIKE 'back%', tags.team = 'quant', creation_time > 1700000000000. Order by name, " +
  "experiment_id, creation_time or last_update_time, with ASC or DESC. More in " +
  "references/query-patterns.md.";

/**
 * Turns a 400 from a search into a QuerySyntaxError that explains the rule broken; any other
 * error is returned unchanged.
 */
export function explainSearchError(error: unknown, context: SearchContext): unknown {
  if (!(error instanceof MlflowApiError) || error.status !== 400) return error;
  if (!context.filter && !context.orderBy?.length && !context.pageToken) return error;

  const message = error.serverMessage;
  const details = {
    server_message: message,
    ...(context.filter ? { filter: context.filter } : {}),
    ...(context.orderBy?.length ? { order_by: [...context.orderBy] } : {}),
  };
  if (/page token/i.test(message)) {
    return new QuerySyntaxError(
      `MLflow refused the page token: ${message}`,
      "Pass a --page-token exactly as a previous search printed it, with the same filter and " +
        "order; or leave --page-token out to start from the first page.",
      details,
    );
  }

  const rules = context.what === "runs" ? RUN_FILTER_RULES : EXPERIMENT_FILTER_RULES;
  const hint = hintFor(message, context.what);
  return new QuerySyntaxError(
    `MLflow refused the ${context.what} search: ${message}.`,
    hint ? `${hint} ${rules}` : rules,
    details,
  );
}

/** The one rule a server message points at, in words that say what to change. */
function hintFor(message: string, what: SearchContext["what"]): string | undefined {
  if (/'OR'|'\(/i.test(message)) {
    return "MLflow filters have no OR and no parentheses: run one search per alternative.";
  }
  if (/'NOT'/i.test(message)) {
    return "MLflow filters have no NOT: use != for one value, or NOT IN for run ids.";
  }
  if (/multiple expression/i.test(message)) {
    return "Join conditions with AND, not with ; or commas.";
  }
  if (/Expected 'Identifier'|Could not be parsed/i.test(message)) {
    return "A key holds a sign the grammar cannot read bare: put it in backticks.";
  }
  if (/Invalid entity type/i.test(message)) {
    return what === "runs"
      ? "Prefix keys with metrics., params., tags., attributes. or datasets."
      : "Experiment searches know only attributes and tags.KEY.";
  }
  if (/Invalid ordering key/i.test(message)) {
    return "Each order-by term is one KEY, optionally followed by ASC or DESC.";
  }
  const attribute = /Invalid attribute key '([^']+)'/i.exec(message)?.[1];
  if (attribute !== undefined && what === "runs") {
    return (
      `A bare key is read as an attribute of the run, and runs have no "${attribute}": for a ` +
      `metric write metrics.${attribute} (params.${attribute} or tags.${attribute} for the others).`
    );
  }
  if (/Invalid attribute key/i.test(message)) {
    return "That attribute does not exist; the valid ones are listed in the message.";
  }
  if (/list of quoted string/i.test(message)) {
    return "IN and NOT IN work on run_id only.";
  }
  if (/numeric value/i.test(message)) {
    return "Metrics and times compare with unquoted numbers: metrics.sharpe_ratio > 1.5.";
  }
  if (/quoted string/i.test(message)) {
    return "Params, tags and text attributes compare with quoted strings: params.lookback = '20'.";
  }
  if (/comparator/i.test(message)) {
    return "That operator does not apply to this kind of key.";
  }
  if (/IS NULL/i.test(message)) {
    return "IS NULL and IS NOT NULL work on params and tags only.";
  }
  if (/Invalid clause/i.test(message)) {
    return "Each condition must read KEY OPERATOR VALUE; a key that is also an SQL word goes in backticks.";
  }
  return undefined;
}
