import { drawdownEpisodes } from "./drawdown-episodes.ts";

/**
 * Longest drawdown: the most calendar days any drawdown episode lasted, start and end both
 * counted. In days. NaN without timestamps or without any drawdown.
 *
 * Convention: the "Longest DD Days" row of `qs.reports.metrics`; agrees with it except for a
 * series under water from its first bar (see `drawdownEpisodes`).
 *
 * Two episodes of 3 and 6 days give 6.
 */
export function longestDrawdownDays(
  returns: Float64Array,
  timestamps: Float64Array | null,
): number {
  const episodes = drawdownEpisodes(returns, timestamps);
  if (episodes.length === 0 || timestamps === null) return NaN;

  let longest = 0;
  for (const episode of episodes) if (episode.days > longest) longest = episode.days;
  return longest;
}
