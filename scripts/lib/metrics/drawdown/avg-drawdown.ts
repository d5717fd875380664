import { pairwiseSum } from "../helpers/pairwise-sum.ts";
import { drawdownEpisodes } from "./drawdown-episodes.ts";

/**
 * Average drawdown: the mean, over drawdown episodes, of each episode's deepest drawdown. A
 * fraction below 0. NaN when the series never falls below a previous high.
 *
 * Convention: the "Avg. Drawdown" row of `qs.reports.metrics` (mean of the `max drawdown`
 * column of `drawdown_details`), and agrees with it, except for a series under water from its
 * first bar (see `drawdownEpisodes`).
 *
 * avgDrawdown(new Float64Array([-0.1, 0.2, -0.3, 0.5]), null) // => -0.2 (episodes −0.1, −0.3)
 */
export function avgDrawdown(returns: Float64Array, timestamps: Float64Array | null): number {
  const episodes = drawdownEpisodes(returns, timestamps);
  if (episodes.length === 0) return NaN;

  const depths = episodes.map((episode) => episode.maxDrawdown);
  return pairwiseSum(depths) / depths.length;
}
