import { UsageError } from "../errors.ts";
import { log } from "../output/logger.ts";

/**
 * Makes a search filter or order-by that names keys the grammar cannot take bare work anyway.
 *
 * MLflow parses filters with sqlparse, which reads `metrics.f1-score` as the identifier
 * `metrics.f1` minus `score`, and `metrics.from` as a keyword. Keys MLflow accepts may hold
 * letters, digits, `_ - . / :` and spaces, so many real keys need quoting. The grammar takes
 * keys in backticks (`` metrics.`f1-score` ``), which is what this module adds. A key that is
 * already quoted, or that the grammar takes bare, is left exactly as written.
 *
 * Known limit: a clause is found by the first comparison operator after its key, and clauses
 * are split on the word AND outside quotes; a key that itself contains " and " or " like "
 * cannot be recognised bare and must be quoted by hand.
 */

export type EntityKind = "metrics" | "params" | "tags" | "attributes" | "datasets";

export interface KeyReference {
  kind: EntityKind;
  key: string;
}

export interface QuotedText {
  text: string;
  /** Keys that were put in backticks, as `kind.key`. */
  quoted: string[];
  /** Every `kind.key` the text names, quoted or not. */
  references: KeyReference[];
}

/** Every spelling of an entity type the grammar accepts, mapped to one name. */
export const ENTITY_SPELLINGS: Record<string, EntityKind> = {
  metric: "metrics",
  metrics: "metrics",
  param: "params",
  params: "params",
  parameter: "params",
  parameters: "params",
  tag: "tags",
  tags: "tags",
  attribute: "attributes",
  attributes: "attributes",
  attr: "attributes",
  run: "attributes",
  dataset: "datasets",
  datasets: "datasets",
};

/** A key the grammar takes bare: identifier-like parts joined by dots. */
const BARE_KEY = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;

/** SQL words sqlparse reads as keywords, never as a key, when written bare. */
const SQL_WORDS = new Set(
  (
    "and or not in is null like ilike from where select order by group limit as on join union " +
    "between case when then else end asc desc true false having distinct all any exists"
  ).split(" "),
);

const CLAUSE = new RegExp(
  "^([A-Za-z]+)\\.(.+?)" + "(\\s*(?:>=|<=|!=|=|>|<)|\\s+(?:NOT\\s+IN|IN|ILIKE|LIKE|IS)(?=[\\s(]))",
  "is",
);
const ORDER_TERM = /^([A-Za-z]+)\.(.+?)(\s+(?:ASC|DESC))?\s*$/is;

/** True when the grammar cannot read `key` bare and it must be put in backticks. */
export function keyNeedsQuoting(key: string): boolean {
  return !BARE_KEY.test(key) || SQL_WORDS.has(key.toLowerCase());
}

/**
 * The filter with every key that needs it put in backticks, e.g.
 * `metrics.f1-score > 0.8 and params.lr = '0.1'` becomes
 * ``metrics.`f1-score` > 0.8 and params.lr = '0.1'``.
 */
export function quoteFilterKeys(filter: string): QuotedText {
  const quoted: string[] = [];
  const references: KeyReference[] = [];
  let text = "";
  let last = 0;
  for (const clause of splitOutsideQuotes(filter, /\s+and\s+/iy)) {
    const leading = clause.text.length - clause.text.trimStart().length;
    const match = CLAUSE.exec(clause.text.trimStart());
    if (!match) continue;
    const [, entity = "", rawKey = ""] = match;
    const kind = ENTITY_SPELLINGS[entity.toLowerCase()];
    if (kind === undefined) continue;
    const key = unquote(rawKey);
    references.push({ kind, key });
    if (key !== rawKey || !keyNeedsQuoting(key)) continue;

    const keyStart = clause.start + leading + entity.length + 1;
    text += `${filter.slice(last, keyStart)}\`${key}\``;
    last = keyStart + rawKey.length;
    quoted.push(`${kind}.${key}`);
  }
  return { text: text + filter.slice(last), quoted, references };
}

/**
 * Order-by terms, one per entry, with keys quoted as in quoteFilterKeys. An entry holding
 * several terms separated by commas (`metrics.sharpe DESC, start_time`) is split, since
 * MLflow takes one term per entry.
 */
export function quoteOrderBy(orderBy: readonly string[]): {
  terms: string[];
  quoted: string[];
  references: KeyReference[];
} {
  const terms: string[] = [];
  const quoted: string[] = [];
  const references: KeyReference[] = [];
  for (const entry of orderBy) {
    for (const part of splitOutsideQuotes(entry, /\s*,\s*/y)) {
      const term = part.text.trim();
      if (term === "") continue;
      const match = ORDER_TERM.exec(term);
      const kind = match ? ENTITY_SPELLINGS[match[1]!.toLowerCase()] : undefined;
      if (!match || kind === undefined) {
        terms.push(term);
        continue;
      }
      const [, entity = "", rawKey = "", direction = ""] = match;
      const key = unquote(rawKey.trimEnd());
      if (key === rawKey.trimEnd() && /\s/.test(key)) refuseOrderTerm(term, key);
      references.push({ kind, key });
      if (key !== rawKey.trimEnd() || !keyNeedsQuoting(key)) {
        terms.push(term);
        continue;
      }
      terms.push(`${entity}.\`${key}\`${direction}`);
      quoted.push(`${kind}.${key}`);
    }
  }
  return { terms, quoted, references };
}

/**
 * An order term whose bare key holds a space is almost always a misspelt direction
 * ("sharpe_ratio ASCENDING"); sending it quoted would sort by a key no run has, silently.
 */
function refuseOrderTerm(term: string, key: string): never {
  throw new UsageError(
    `--order-by ${JSON.stringify(term)}: "${key}" is not a key followed by ASC or DESC.`,
    'Write KEY, KEY ASC or KEY DESC, e.g. --order-by "metrics.sharpe_ratio DESC"; put a key ' +
      "that really holds a space in backticks (metrics.`my key` DESC).",
  );
}

/** The pieces of `text` between matches of `separator` that fall outside quotes. */
function splitOutsideQuotes(text: string, separator: RegExp): { start: number; text: string }[] {
  const pieces: { start: number; text: string }[] = [];
  let start = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"' || char === "`") {
      quote = char;
      continue;
    }
    separator.lastIndex = i;
    const match = separator.exec(text);
    if (match && match[0].length > 0) {
      pieces.push({ start, text: text.slice(start, i) });
      start = i + match[0].length;
      i = start - 1;
    }
  }
  pieces.push({ start, text: text.slice(start) });
  return pieces;
}

/** The key inside backticks or double quotes, or the key itself. */
function unquote(key: string): string {
  const first = key[0];
  if ((first === "`" || first === '"') && key.length >= 2 && key.endsWith(first)) {
    return key.slice(1, -1);
  }
  return key;
}

/** Tells the user, on stderr, which keys were put in backticks for them. */
export function reportQuoting(quoted: readonly string[]): void {
  if (quoted.length === 0) return;
  const shown = quoted.map((name) => name.replace(".", ".`") + "`");
  log.info(`Quoted for MLflow's filter grammar: ${shown.join(", ")}`);
}
