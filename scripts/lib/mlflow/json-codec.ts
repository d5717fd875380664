/**
 * JSON for MLflow's protobuf mapping. JSON.stringify writes NaN and ±Infinity as null, which
 * the server refuses (400, "Missing value for required parameter"); protobuf's JSON mapping
 * spells them "NaN", "Infinity" and "-Infinity", which the server accepts.
 */
export function encodeJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== "number" || Number.isFinite(item)) return item;
    if (Number.isNaN(item)) return "NaN";
    return item > 0 ? "Infinity" : "-Infinity";
  });
}

/**
 * The largest double. SQL stores cannot hold infinities, so MLflow's SQL backend stores ±Inf as
 * ±DBL_MAX and sends that back. No backtest metric is really 1.8e308, so reading it back as
 * ±Infinity restores what was logged.
 */
const DBL_MAX = 1.7976931348623157e308;

/** Reads a metric value as MLflow sends it: a number, or "NaN", "Infinity", "-Infinity". */
export function decodeMetricValue(value: unknown): number {
  if (typeof value === "number") {
    if (value === DBL_MAX) return Number.POSITIVE_INFINITY;
    if (value === -DBL_MAX) return Number.NEGATIVE_INFINITY;
    return value;
  }
  if (value === "NaN") return Number.NaN;
  if (value === "Infinity") return Number.POSITIVE_INFINITY;
  if (value === "-Infinity") return Number.NEGATIVE_INFINITY;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return Number.NaN;
}

/** Reads an int64 field, which MLflow sends as a number but protobuf may send as a string. */
export function decodeInt64(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}
