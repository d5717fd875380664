import { drawdownSeries } from "./drawdown-series.ts";

const MS_PER_DAY = 86_400_000;

/** One stretch of bars under water, from the first bar below a peak to the last one. */
export interface DrawdownEpisode {
  /** Index of the first bar under water. */
  startIndex: number;
  /** Index of the deepest bar (the first one, on ties). */
  valleyIndex: number;
  /** Index of the last bar under water (the bar before the recovery, or the last bar). */
  endIndex: number;
  /** Timestamps (ms UTC) of those bars; null when the series has no timestamps. */
  start: number | null;
  valley: number | null;
  end: number | null;
  /** Calendar days from start to end, both counted: ⌊(end − start) / 1 day⌋ + 1; NaN undated. */
  days: number;
  /** The lowest drawdown in the episode, a fraction below 0 (−0.1 is 10% under the peak). */
  maxDrawdown: number;
}

const cache = new WeakMap<
  Float64Array,
  { timestamps: Float64Array | null; episodes: DrawdownEpisode[] }
>();

/**
 * The drawdown episodes of a return series, oldest first: each maximal run of bars whose
 * drawdown (see `drawdownSeries`) is below 0. An episode ends on its last bar under water; one
 * still open at the end of the series ends on the last bar.
 *
 * Convention: QuantStats' `drawdown_details` (start, valley, end, days, max drawdown), with one
 * departure: QuantStats finds no episode at all when the series is under water from its first
 * bar and no later episode starts (its start detection needs a bar at 0 before the first bar
 * under water), and then reports no average drawdown and no drawdown days. Here that first
 * stretch is an episode like any other. See "Deliberate differences" in references/metrics.md.
 * Cached per input array; the result must not be modified.
 */
export function drawdownEpisodes(
  returns: Float64Array,
  timestamps: Float64Array | null,
): DrawdownEpisode[] {
  const cached = cache.get(returns);
  if (cached !== undefined && cached.timestamps === timestamps) return cached.episodes;

  const drawdown = drawdownSeries(returns);
  const episodes: DrawdownEpisode[] = [];
  let startIndex = -1;
  let valleyIndex = -1;
  for (let i = 0; i < drawdown.length; i++) {
    const depth = drawdown[i]!;
    if (depth === 0) continue;
    if (startIndex < 0) {
      startIndex = i;
      valleyIndex = i;
    } else if (depth < drawdown[valleyIndex]!) {
      valleyIndex = i;
    }
    const recoversNext = i + 1 === drawdown.length || drawdown[i + 1] === 0;
    if (recoversNext) {
      episodes.push(episode(drawdown, timestamps, startIndex, valleyIndex, i));
      startIndex = -1;
    }
  }
  cache.set(returns, { timestamps, episodes });
  return episodes;
}

function episode(
  drawdown: Float64Array,
  timestamps: Float64Array | null,
  startIndex: number,
  valleyIndex: number,
  endIndex: number,
): DrawdownEpisode {
  const start = timestamps === null ? null : timestamps[startIndex]!;
  const end = timestamps === null ? null : timestamps[endIndex]!;
  const days = start === null || end === null ? NaN : Math.floor((end - start) / MS_PER_DAY) + 1;
  return {
    startIndex,
    valleyIndex,
    endIndex,
    start,
    valley: timestamps === null ? null : timestamps[valleyIndex]!,
    end,
    days,
    maxDrawdown: drawdown[valleyIndex]!,
  };
}
