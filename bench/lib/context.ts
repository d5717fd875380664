import type { Bundles } from "./bundles.ts";
import type { Command, Sample, Spread } from "./measure.ts";
import { spread } from "./measure.ts";

/** What every case needs: where things are, the server, and how to start each side. */
export interface BenchContext {
  root: string;
  /** bench/results/: JSON, Markdown, generated inputs and outputs. */
  results: string;
  url: string;
  /** The server's data folder, holding mlflow.db. */
  serverDataDir: string;
  node: string;
  python: string;
  bundles: Bundles;
  /** Runs of each command in the routine cases. */
  rounds: number;
  /** Environment of the skill's processes and of the Python client's. */
  nodeEnv: NodeJS.ProcessEnv;
  pythonEnv: NodeJS.ProcessEnv;
}

/** One command's line in the results: median and spread of its runs. */
export interface Row {
  case: string;
  command: string;
  runs: number;
  wallMs: Spread;
  cpuMs: Spread;
  maxRssMiB: Spread;
  load: Spread;
  /** Against the Python client: how many times faster (median wall), and the goal. */
  versus?: { command: string; speedup: number; goal: number | undefined };
  note?: string;
}

export function summarize(caseName: string, command: string, samples: readonly Sample[]): Row {
  return {
    case: caseName,
    command,
    runs: samples.length,
    wallMs: spread(samples.map((sample) => sample.wallMs)),
    cpuMs: spread(samples.map((sample) => sample.cpuMs)),
    maxRssMiB: spread(samples.map((sample) => sample.maxRssMiB)),
    load: spread(samples.map((sample) => sample.load)),
  };
}

/**
 * Rows for every command of a case, each set against `baseline` (the Python client's command)
 * with the goal given for it; the baseline's own row comes last.
 */
export function compareRows(
  caseName: string,
  samples: Map<string, Sample[]>,
  baseline: Command,
  goals: Record<string, number | undefined>,
): Row[] {
  const base = summarize(caseName, baseline.label, samples.get(baseline.label) ?? []);
  const rows: Row[] = [];
  for (const [label, taken] of samples) {
    if (label === baseline.label) continue;
    const row = summarize(caseName, label, taken);
    row.versus = {
      command: baseline.label,
      speedup: base.wallMs.median / row.wallMs.median,
      goal: goals[label],
    };
    rows.push(row);
  }
  return [...rows, base];
}

/** Parses the one JSON object a command printed. */
export function jsonOf<T>(sample: Sample): T {
  return JSON.parse(sample.stdout.trim().split("\n").at(-1) ?? "{}") as T;
}
