import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

/** GNU time: a command's CPU time and peak memory, which the benchmarks report. */
const GNU_TIME = "/usr/bin/time";

/** One run of one command, whole process: wall clock, CPU time, peak memory, what it printed. */
export interface Sample {
  wallMs: number;
  /** User + system CPU time of the process and the children it waited for. */
  cpuMs: number;
  /** Peak resident memory of the process (or its largest child), in MiB. */
  maxRssMiB: number;
  /** The 1-minute load average when the run ended: the machine is shared. */
  load: number;
  stdout: string;
}

export interface Command {
  label: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Send stdout to this file instead of keeping it (CSV output). */
  stdoutFile?: string;
}

/** Median, smallest and largest of some numbers. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/**
 * Runs a command once under GNU time from `cwd`, stdout kept (or sent to a file), stderr kept
 * for the error. Throws when the command fails, with what it printed.
 */
export function measure(command: Command, cwd: string): Sample {
  const scratch = mkdtempSync(join(tmpdir(), "bench-time-"));
  const usageFile = join(scratch, "usage");
  const outFd = command.stdoutFile === undefined ? "pipe" : openSync(command.stdoutFile, "w");
  try {
    const started = performance.now();
    const result = spawnSync(
      GNU_TIME,
      ["-f", "%U %S %M", "-o", usageFile, command.command, ...command.args],
      {
        cwd,
        env: { ...process.env, ...command.env },
        encoding: "utf8",
        stdio: ["ignore", outFd, "pipe"],
        maxBuffer: 512 * 1024 * 1024,
      },
    );
    const wallMs = performance.now() - started;
    if (result.status !== 0) {
      throw new Error(
        `${command.label} failed (exit ${result.status}): ${command.command} ` +
          `${command.args.join(" ")}\n${result.stderr}${result.stdout ?? ""}`.slice(0, 4000),
      );
    }
    const usage = readFileSync(usageFile, "utf8").trim().split("\n").at(-1) ?? "";
    const [user = NaN, system = NaN, rssKiB = NaN] = usage.split(/\s+/).map(Number);
    return {
      wallMs,
      cpuMs: (user + system) * 1000,
      maxRssMiB: rssKiB / 1024,
      load: loadavg()[0] ?? NaN,
      stdout: result.stdout ?? "",
    };
  } finally {
    if (typeof outFd === "number") closeSync(outFd);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Runs each command `rounds` times, interleaved (A B C, A B C, ...), so that a change in the
 * machine's load during the case falls on every command alike. `check` sees each sample and
 * throws if the output is wrong. Returns the samples of each command, by label.
 */
export function interleave(
  commands: readonly Command[],
  rounds: number,
  cwd: string,
  check: (command: Command, sample: Sample) => void = () => {},
): Map<string, Sample[]> {
  const samples = new Map(commands.map((command) => [command.label, [] as Sample[]]));
  for (let round = 0; round < rounds; round += 1) {
    for (const command of commands) {
      const sample = measure(command, cwd);
      check(command, sample);
      samples.get(command.label)!.push(sample);
      process.stderr.write(
        `  ${command.label}: ${seconds(sample.wallMs)} wall, ${seconds(sample.cpuMs)} CPU, ` +
          `${sample.maxRssMiB.toFixed(0)} MiB (load ${sample.load.toFixed(1)})\n`,
      );
    }
  }
  return samples;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

export function seconds(ms: number): string {
  if (!Number.isFinite(ms)) return "-";
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
