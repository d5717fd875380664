/** A series of simple returns, one per bar, oldest first. */
export interface ReturnSeries {
  /**
   * The time of each bar, in milliseconds since the epoch (UTC), strictly increasing; the
   * return at index i is the change over the bar that ends at timestamps[i]. Null when the
   * input carried no dates (a bare JSON array of numbers): calendar metrics are then NaN.
   */
  timestamps: Float64Array | null;
  /** Simple returns as fractions (0.01 is 1%). Never NaN or infinite; never at or below -1. */
  returns: Float64Array;
}

export type SeriesKind = "returns" | "prices";

/** A series read from a file, with what the reader found out about it. */
export interface LoadedSeries extends ReturnSeries {
  /** The path as the user gave it. */
  file: string;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  /** The column the values came from ("value" for JSON shapes without names). */
  column: string;
  /** The date column, when there was one. */
  dateColumn: string | undefined;
  /** What the values were, and how that was decided ("given", or the reason for auto). */
  kind: SeriesKind;
  kindReason: string;
  /** Multiplier applied to the values: 1, or 0.01 when they were percentages. */
  scale: number;
  /** Data rows in the file (before dropping missing values). */
  rows: number;
  /** The original prices when kind is "prices" (one more than returns), else null. */
  prices: Float64Array | null;
  /** Things the user should know: rows dropped, order reversed, a guess made. */
  warnings: string[];
}
