import { formatNumber } from "./text-table.ts";

/**
 * How one cell is spelled in each output format. JSON keeps MLflow's own values (numbers,
 * times in milliseconds since the epoch); every text format spells times as ISO 8601 in UTC,
 * and NaN and infinities as "NaN", "Infinity" and "-Infinity".
 */

/** A time for people: ISO 8601 in UTC to the second, e.g. 2026-01-31T09:30:00Z. */
export function formatTime(ms: unknown): string {
  if (typeof ms !== "number" || !Number.isFinite(ms)) return "";
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A time for files: ISO 8601 in UTC with milliseconds, so nothing is lost. */
export function formatTimeExact(ms: unknown): string {
  if (typeof ms !== "number" || !Number.isFinite(ms)) return "";
  return new Date(ms).toISOString();
}

/** A byte count for people: 512 B, 12.3 kB, 4.5 MB. */
export function formatBytes(bytes: unknown): string {
  if (typeof bytes !== "number" || !Number.isFinite(bytes)) return "";
  if (bytes < 1000) return `${bytes} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** A cell as a person reads it: short numbers, one line, nothing for missing values. */
export function humanCell(value: unknown, isTime: boolean): string {
  if (value === undefined || value === null) return "";
  if (isTime) return formatTime(value);
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value).replace(/\s*[\r\n]+\s*/g, " ");
}

/**
 * A cell as a file keeps it: full precision (the shortest text that reads back as the same
 * double), exact times, line breaks kept (the CSV writer quotes them).
 */
export function exactCell(value: unknown, isTime: boolean): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (isTime) return formatTimeExact(value);
  if (typeof value === "number") return exactNumber(value);
  return String(value);
}

function exactNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  return String(value);
}
