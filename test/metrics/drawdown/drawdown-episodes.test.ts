import { describe, expect, it } from "vitest";

import { drawdownEpisodes } from "../../../scripts/lib/metrics/drawdown/drawdown-episodes.ts";
import { agrees, day, golden, returnsOf } from "../golden.ts";

const MS_PER_DAY = 86_400_000;

describe("drawdownEpisodes", () => {
  const withCurves = golden().cases.filter((c) => c.curves !== null);
  it.each(withCurves.map((c) => [c.name, c] as const))(
    "finds the episodes of quantstats drawdown_details (first-bar fix applied) on %s",
    (_name, c) => {
      const episodes = drawdownEpisodes(c.series.returns, c.series.timestamps);
      const expected = c.curves!.episodes;
      expect(episodes.length).toBe(expected.length);
      episodes.forEach((episode, i) => {
        // drawdown_details reports dates without the time of day.
        const date = (ms: number | null) => Math.floor(ms! / MS_PER_DAY) * MS_PER_DAY;
        expect(date(episode.start)).toBe(expected[i]!.start);
        expect(date(episode.valley)).toBe(expected[i]!.valley);
        expect(date(episode.end)).toBe(expected[i]!.end);
        expect(episode.days).toBe(expected[i]!.days);
        expect(agrees(episode.maxDrawdown, expected[i]!.max_drawdown)).toBe(true);
      });
    },
  );

  it("gives start, valley, end and inclusive calendar days", () => {
    const timestamps = Float64Array.from(
      ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-05", "2024-01-08"].map(day),
    );
    const [episode, ...others] = drawdownEpisodes(
      returnsOf(0.1, -0.1, -0.1, 0.5, 0.01),
      timestamps,
    );
    // Hand calculation: under water on 2 and 3 January (valley on the 3rd), recovered on the
    // 5th; days = 3 − 2 + 1 = 2; depth 1.1 × 0.9 × 0.9 / 1.1 − 1 = −0.19.
    expect(others).toEqual([]);
    expect(episode).toMatchObject({ startIndex: 1, valleyIndex: 2, endIndex: 2, days: 2 });
    expect(episode!.maxDrawdown).toBeCloseTo(-0.19, 14);
  });

  it("keeps an episode that starts on the first bar (QuantStats finds none)", () => {
    const episodes = drawdownEpisodes(returnsOf(-0.01, -0.02, 0.01), null);
    // Hand calculation: wealth 0.99, 0.9702, 0.979902, never back to 1.
    expect(episodes).toHaveLength(1);
    expect(episodes[0]).toMatchObject({ startIndex: 0, valleyIndex: 1, endIndex: 2 });
    expect(episodes[0]!.days).toBeNaN();
  });
});
