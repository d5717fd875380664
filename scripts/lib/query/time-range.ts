import { UsageError } from "../errors.ts";

const MS_PER_UNIT: Record<string, number> = {
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

/**
 * Reads --since / --until as milliseconds since the epoch. Accepted: a duration back from now
 * (`30d`, `12h`, `2w`), a date (`2026-01-31`, midnight UTC), an ISO 8601 time
 * (`2026-01-31T09:30:00Z`; without a zone it is read as UTC), or milliseconds since the epoch.
 */
export function parseTimeBound(flag: string, value: string, now = Date.now()): number {
  const text = value.trim();
  const relative = /^(\d+(?:\.\d+)?)\s*([hdw])$/i.exec(text);
  if (relative) {
    return Math.round(now - Number(relative[1]) * MS_PER_UNIT[relative[2]!.toLowerCase()]!);
  }
  if (/^\d{10,}$/.test(text)) return Number(text);
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+)?(Z|[+-]\d{2}:?\d{2})?$/i.test(text)) {
    const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) && text.length > 10;
    const iso = text.replace(" ", "T");
    const parsed = Date.parse(hasZone || iso.length === 10 ? iso : `${iso}Z`);
    if (Number.isFinite(parsed)) return parsed;
  }
  throw new UsageError(
    `${flag} ${JSON.stringify(value)} is not a time this script reads.`,
    `Pass a duration back from now (${flag} 30d, 12h, 2w), a date (${flag} 2026-01-31), ` +
      "an ISO time (2026-01-31T09:30:00Z) or milliseconds since the epoch.",
  );
}

/** Filter conditions on the run's start time for --since and --until, joined with AND. */
export function startTimeClauses(since: number | undefined, until: number | undefined): string[] {
  const clauses: string[] = [];
  if (since !== undefined) clauses.push(`attributes.start_time >= ${since}`);
  if (until !== undefined) clauses.push(`attributes.start_time < ${until}`);
  return clauses;
}
