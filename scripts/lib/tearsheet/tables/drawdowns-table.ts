import type { DrawdownEpisode } from "../../metrics/index.ts";
import { formatDate, formatPercent } from "../format.ts";

/**
 * The worst drawdowns: start, valley, last bar under water, length, depth. An episode that
 * reaches the last bar has not recovered and says so. Without timestamps, bars are named by
 * index and lengths counted in bars.
 */
export function drawdownsTable(
  episodes: readonly DrawdownEpisode[],
  timestamps: Float64Array | null,
  bars: number,
): string {
  if (episodes.length === 0) return `<p class="note">The series never fell below its peak.</p>`;

  const when = (index: number) => (timestamps ? formatDate(timestamps[index]!) : `bar ${index}`);
  const rows = episodes.map((episode) => {
    const open = episode.endIndex === bars - 1;
    const end = open ? `${when(episode.endIndex)} (open)` : when(episode.endIndex);
    const length = timestamps ? episode.days : episode.endIndex - episode.startIndex + 1;
    return (
      `<tr><td>${when(episode.startIndex)}</td><td>${when(episode.valleyIndex)}</td>` +
      `<td>${end}</td><td>${length.toLocaleString("en-US")}</td>` +
      `<td>${formatPercent(episode.maxDrawdown, 2)}</td></tr>`
    );
  });
  return (
    `<table class="drawdowns"><thead><tr><th>Started</th><th>Valley</th><th>Ended</th>` +
    `<th>${timestamps ? "Days" : "Bars"}</th><th>Depth</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}
