import type { SeriesKind } from "./types.ts";

/** How to read one series file; every field mirrors a command-line flag. */
export interface ReadOptions {
  /** `--column`: the value column, by header name or 1-based position. */
  column?: string | undefined;
  /** `--date-column`: the date column, by header name or 1-based position. */
  dateColumn?: string | undefined;
  /** `--kind`: whether the values are returns or prices; `auto` (the default) decides. */
  kind?: "auto" | SeriesKind | undefined;
  /** `--scale`: whether returns are fractions (0.015) or percentages (1.5); default `auto`. */
  scale?: "auto" | "fraction" | "percent" | undefined;
  /** `--date-format`: a layout such as `DD/MM/YYYY`, `YYYYMMDD` or `MM/DD/YYYY HH:mm`. */
  dateFormat?: string | undefined;
  /** Which flag named the file, so that messages can name it too. Default `returns`. */
  role?: "returns" | "benchmark" | undefined;
}

/** The flags that shape how one file is read, as its messages should name them. */
export interface ReadFlags {
  column: string;
  dateColumn: string;
  kind: string;
  scale: string;
  dateFormat: string;
}

/** The file as messages name it: the path, the flag it came from, and the flags that apply. */
export interface Source {
  file: string;
  flag: string;
  flags: ReadFlags;
}

/**
 * A benchmark has flags of its own (--benchmark-column...), so a message about the benchmark
 * must never suggest a flag that would change how the returns file is read.
 */
export function sourceOf(file: string, options: ReadOptions): Source {
  const role = options.role ?? "returns";
  const prefix = role === "benchmark" ? "--benchmark-" : "--";
  return {
    file,
    flag: `--${role}`,
    flags: {
      column: `${prefix}column`,
      dateColumn: `${prefix}date-column`,
      kind: `${prefix}kind`,
      scale: `${prefix}scale`,
      dateFormat: `${prefix}date-format`,
    },
  };
}

/** `returns.csv (--returns)`, the way every message starts. */
export function describe(source: Source): string {
  return `${source.file} (${source.flag})`;
}
