import { UsageError } from "../errors.ts";
import type { Run } from "../mlflow/types.ts";
import { log } from "../output/logger.ts";
import { ENTITY_SPELLINGS, type KeyReference } from "./filter-quoting.ts";
import { RUN_ATTRIBUTES, type RunAttribute } from "./runs.ts";

/**
 * Which columns a runs listing shows. `--columns` takes a comma-separated list of attributes
 * (run_id, run_name, status, ...), `metrics.KEY`, `params.KEY`, `tags.KEY`, patterns with `*`
 * (`metrics.*`, `metrics.sharpe*`), or `all`. Without it, files (CSV, JSON) get everything and
 * screens (table, Markdown) get a compact choice: the run's name and status, the keys the
 * filter and order-by name, and the headline backtest metrics.
 */

type KeyKind = "metrics" | "params" | "tags";

export type ColumnSpec =
  { kind: "attribute"; name: RunAttribute } | { kind: KeyKind; key: string; pattern?: RegExp };

/** The grammar's spellings of metrics, params and tags: the kinds a column can name by key. */
const KIND_SPELLINGS = Object.fromEntries(
  Object.entries(ENTITY_SPELLINGS).filter(([, kind]) =>
    ["metrics", "params", "tags"].includes(kind),
  ),
) as Record<string, KeyKind>;

/** The metrics log_backtest writes that say most about a backtest, shown by default. */
export const HEADLINE_METRICS = [
  "sharpe_ratio",
  "sortino_ratio",
  "cagr",
  "total_return",
  "max_drawdown",
  "volatility",
];

const SCREEN_ATTRIBUTES: RunAttribute[] = ["run_id", "run_name", "status", "start_time"];
const MAX_DEFAULT_METRICS = 6;

/** Reads --columns; undefined when the flag is absent. */
export function parseColumns(value: string | undefined): ColumnSpec[] | undefined {
  if (value === undefined) return undefined;
  const specs: ColumnSpec[] = [];
  for (const raw of value.split(",")) {
    const item = raw.trim();
    if (item === "") continue;
    if (item.toLowerCase() === "all") {
      specs.push(...RUN_ATTRIBUTES.map((name) => ({ kind: "attribute" as const, name })));
      for (const kind of ["metrics", "params", "tags"] as const) specs.push(keySpec(kind, "*"));
      continue;
    }
    specs.push(parseOne(item));
  }
  if (specs.length === 0) {
    throw new UsageError("--columns is empty.", "Pass for example --columns run_name,metrics.*");
  }
  return specs;
}

function parseOne(item: string): ColumnSpec {
  const dot = item.indexOf(".");
  const prefix = dot > 0 ? item.slice(0, dot).toLowerCase() : "";
  const kind = KIND_SPELLINGS[prefix];
  if (kind !== undefined) return keySpec(kind, item.slice(dot + 1).replace(/^`(.*)`$/, "$1"));

  const name = prefix === "attributes" || prefix === "attribute" ? item.slice(dot + 1) : item;
  if ((RUN_ATTRIBUTES as readonly string[]).includes(name)) {
    return { kind: "attribute", name: name as RunAttribute };
  }
  throw new UsageError(
    `--columns: ${JSON.stringify(item)} is not a column.`,
    `Use ${RUN_ATTRIBUTES.join(", ")}, metrics.KEY, params.KEY, tags.KEY, a pattern such as ` +
      "metrics.*, or all.",
  );
}

function keySpec(kind: KeyKind, key: string): ColumnSpec {
  if (!key.includes("*")) return { kind, key };
  const escaped = key.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return { kind, key, pattern: new RegExp(`^${escaped}$`) };
}

/** The metric, param and tag keys found in a set of runs, each kind sorted. */
export type KeySets = Record<KeyKind, readonly string[]>;

/** The keys of one kind found in any of `runs`, sorted. */
export function keysOf(runs: readonly Run[], kind: KeyKind): string[] {
  const keys = new Set<string>();
  for (const run of runs) for (const key of Object.keys(run[kind])) keys.add(key);
  return [...keys].sort();
}

/** Every key of every kind found in `runs`. */
export function keySetsOf(runs: readonly Run[]): KeySets {
  return {
    metrics: keysOf(runs, "metrics"),
    params: keysOf(runs, "params"),
    tags: keysOf(runs, "tags"),
  };
}

/**
 * The flat column names (`run_name`, `metrics.sharpe_ratio`) chosen by `specs` for runs holding
 * `keys`, in the order asked, without repeats. A key no run has is kept as an empty column, and
 * a warning names the nearest key that exists.
 */
export function resolveColumns(specs: readonly ColumnSpec[], keys: KeySets): string[] {
  const columns: string[] = [];
  const add = (name: string) => {
    if (!columns.includes(name)) columns.push(name);
  };
  const anyKeys = keys.metrics.length + keys.params.length + keys.tags.length > 0;
  for (const spec of specs) {
    if (spec.kind === "attribute") {
      add(spec.name);
      continue;
    }
    const existing = keys[spec.kind];
    if (spec.pattern) {
      for (const key of existing.filter((key) => spec.pattern!.test(key))) {
        add(`${spec.kind}.${key}`);
      }
      continue;
    }
    if (anyKeys && !existing.includes(spec.key)) warnMissing(spec.kind, spec.key, existing);
    add(`${spec.kind}.${spec.key}`);
  }
  return columns;
}

/** Every column: all attributes, then every metric, param and tag key, each kind sorted. */
export function allColumns(keys: KeySets): string[] {
  return [
    ...RUN_ATTRIBUTES,
    ...(["metrics", "params", "tags"] as const).flatMap((kind) =>
      keys[kind].map((key) => `${kind}.${key}`),
    ),
  ];
}

/**
 * The compact default for screens: name and status, the keys the search names (they are what
 * the user is looking at), then the headline metrics present, or the first metrics when none is.
 */
export function screenColumns(keys: KeySets, references: readonly KeyReference[]): string[] {
  const columns: string[] = [...SCREEN_ATTRIBUTES];
  const add = (name: string) => {
    if (!columns.includes(name)) columns.push(name);
  };
  for (const { kind, key } of references) {
    if (kind === "metrics" || kind === "params" || kind === "tags") add(`${kind}.${key}`);
  }
  const headline = HEADLINE_METRICS.filter((key) => keys.metrics.includes(key));
  const extra = headline.length > 0 ? headline : keys.metrics;
  let metricColumns = columns.filter((column) => column.startsWith("metrics.")).length;
  for (const key of extra) {
    if (metricColumns >= MAX_DEFAULT_METRICS) break;
    if (columns.includes(`metrics.${key}`)) continue;
    add(`metrics.${key}`);
    metricColumns += 1;
  }
  return columns;
}

/**
 * For JSON: which metrics, params and tags each run keeps. Without --columns, all of them;
 * with it, only the keys and patterns it names (attributes are always given).
 */
export function keyFilters(specs: readonly ColumnSpec[] | undefined) {
  if (specs === undefined) return undefined;
  const wants = (kind: KeyKind) => (key: string) =>
    specs.some(
      (spec) => spec.kind === kind && (spec.pattern ? spec.pattern.test(key) : spec.key === key),
    );
  return { metrics: wants("metrics"), params: wants("params"), tags: wants("tags") };
}

function warnMissing(kind: KeyKind, key: string, existing: readonly string[]): void {
  const nearest = closest(key, existing);
  const hint = nearest ? ` Did you mean ${kind}.${nearest}?` : "";
  log.warn(`No run here has ${kind}.${key}; its column stays empty.${hint}`);
}

/** The key nearest to `key` by edit distance, if it is near enough to be a typo. */
export function closest(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
