import { pairwiseSum } from "../helpers/pairwise-sum.ts";
import { drawdownEpisodes } from "./drawdown-episodes.ts";

/**
 * Average drawdown length: the mean over drawdown episodes of their calendar days, start and end
 * both counted. In days, not rounded. NaN without timestamps or without any drawdown.
 *
 * Convention: the "Avg. Drawdown Days" row of `qs.reports.metrics`, before the report rounds it
 * to a whole number of days (half to even); agrees with it except for a series under water from
 * its first bar (see `drawdownEpisodes`).
 *
 * Two episodes of 3 and 6 days give 4.5.
 */
export function avgDrawdownDays(returns: Float64Array, timestamps: Float64Array | null): number {
  const episodes = drawdownEpisodes(returns, timestamps);
  if (episodes.length === 0 || timestamps === null) return NaN;

  const days = episodes.map((episode) => episode.days);
  return pairwiseSum(days) / days.length;
}
