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

/** The file as messages name it: the path and the flag it came from. */
export interface Source {
  file: string;
  flag: string;
}

export function sourceOf(file: string, options: ReadOptions): Source {
  return { file, flag: `--${options.role ?? "returns"}` };
}

/** `returns.csv (--returns)`, the way every message starts. */
export function describe(source: Source): string {
  return `${source.file} (${source.flag})`;
}
