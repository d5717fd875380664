import { from } from "arquero";

import { UsageError } from "../errors.ts";
import type { MlflowClient } from "../mlflow/client.ts";
import type { Run } from "../mlflow/types.ts";
import { getRunOrExplain } from "./run-lookup.ts";

export type ComparedKind = "attribute" | "param" | "metric" | "tag";

export interface ComparedRow {
  kind: ComparedKind;
  key: string;
  /** One value per run, in the order the runs were given; undefined where a run lacks the key. */
  values: (string | number | undefined)[];
  /** True when the runs do not all hold the same value (NaN equals NaN; missing differs). */
  differs: boolean;
  /** With exactly two runs and a number in both: second minus first. */
  delta?: number;
}

export interface Comparison {
  runs: Run[];
  rows: ComparedRow[];
}

/** The attributes shown at the top of a comparison, to tell the runs apart. */
const COMPARED_ATTRIBUTES = ["run_name", "experiment_id", "status", "start_time", "end_time"];
const KIND_ORDER: Record<ComparedKind, number> = { attribute: 0, param: 1, metric: 2, tag: 3 };

/** Fetches the runs (at the same time) and lines up their params and metrics, tags if asked. */
export async function compareRuns(
  client: MlflowClient,
  runIds: readonly string[],
  options: { withTags: boolean },
): Promise<Comparison> {
  const unique = [...new Set(runIds)];
  if (unique.length < 2) {
    throw new UsageError(
      "compare needs at least two different run ids.",
      "Pass them one after the other: compare RUN_ID RUN_ID [RUN_ID...].",
    );
  }
  const runs = await Promise.all(unique.map((runId) => getRunOrExplain(client, runId)));
  return { runs, rows: compareLoaded(runs, options) };
}

/**
 * Rows of attributes, then params, metrics and (if asked) tags, each sorted by key: one row per
 * key that any run has.
 */
export function compareLoaded(runs: readonly Run[], options: { withTags: boolean }): ComparedRow[] {
  const rows: ComparedRow[] = [];
  for (const name of COMPARED_ATTRIBUTES) {
    rows.push(
      row(
        "attribute",
        name,
        runs.map((run) => attribute(run, name)),
      ),
    );
  }
  const sections: [ComparedKind, (run: Run) => Record<string, string | number>][] = [
    ["param", (run) => run.params],
    ["metric", (run) => run.metrics],
  ];
  if (options.withTags) sections.push(["tag", (run) => run.tags]);
  for (const [kind, values] of sections) {
    const keys = new Set(runs.flatMap((run) => Object.keys(values(run))));
    for (const key of keys)
      rows.push(
        row(
          kind,
          key,
          runs.map((run) => values(run)[key]),
        ),
      );
  }
  return sortRows(rows);
}

function row(
  kind: ComparedKind,
  key: string,
  values: (string | number | undefined)[],
): ComparedRow {
  const compared: ComparedRow = { kind, key, values, differs: !allSame(values) };
  const [first, second] = values;
  if (values.length === 2 && typeof first === "number" && typeof second === "number") {
    if (kind === "metric") compared.delta = second - first;
  }
  return compared;
}

function allSame(values: readonly (string | number | undefined)[]): boolean {
  const first = values[0];
  return values.every((value) => value === first || sameNumber(value, first));
}

/**
 * Metrics computed two ways (from percent or fraction input, say) differ in their last bits;
 * values within one part in 10^12 of each other are the same number for a comparison. NaN
 * equals NaN, and infinities only themselves.
 */
const RELATIVE_TOLERANCE = 1e-12;

function sameNumber(a: unknown, b: unknown): boolean {
  if (typeof a !== "number" || typeof b !== "number") return false;
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

function attribute(run: Run, name: string): string | number | undefined {
  const info = run.info;
  const byName: Record<string, string | number | undefined> = {
    run_name: info.runName,
    experiment_id: info.experimentId,
    status: info.status,
    start_time: info.startTime,
    end_time: info.endTime,
  };
  return byName[name];
}

/** Sorted by kind (attributes in their fixed order first), then key. */
function sortRows(rows: ComparedRow[]): ComparedRow[] {
  const indexed = rows.map((compared, index) => ({
    index,
    kindOrder: KIND_ORDER[compared.kind],
    position: compared.kind === "attribute" ? index : 0,
    key: compared.key,
  }));
  const order = from(indexed).orderby("kindOrder", "position", "key").array("index") as number[];
  return Array.from(order, (index) => rows[index]!);
}
