import { describe, expect, it } from "vitest";

import { alignOnCommonTimestamps } from "../../scripts/lib/metrics/align.ts";
import { InputError } from "../../scripts/lib/errors.ts";
import { day, goldenCase, returnsOf } from "./golden.ts";

describe("alignOnCommonTimestamps", () => {
  it("keeps common timestamps and drops rows outside the common span", () => {
    const series = {
      timestamps: Float64Array.from(["2024-01-01", "2024-01-02", "2024-01-03"].map(day)),
      returns: returnsOf(0.01, 0.02, 0.03),
    };
    const benchmark = {
      timestamps: Float64Array.from(["2024-01-02", "2024-01-03", "2024-01-04"].map(day)),
      returns: returnsOf(0.1, 0.2, 0.3),
    };
    const aligned = alignOnCommonTimestamps(series, benchmark);
    expect(Array.from(aligned.series.timestamps!)).toEqual([day("2024-01-02"), day("2024-01-03")]);
    expect(Array.from(aligned.series.returns)).toEqual([0.02, 0.03]);
    expect(Array.from(aligned.benchmark.returns)).toEqual([0.1, 0.2]);
    expect(aligned.droppedFromSeries).toBe(1);
    expect(aligned.droppedFromBenchmark).toBe(1);
    expect(aligned.mergedFromSeries + aligned.mergedFromBenchmark).toBe(0);
  });

  it("compounds a row one side lacks into that side's next common row, never backwards", () => {
    const series = {
      timestamps: Float64Array.from(["2024-01-01", "2024-01-02", "2024-01-03"].map(day)),
      returns: returnsOf(0.01, 0.1, 0.1),
    };
    const benchmark = {
      timestamps: Float64Array.from(["2024-01-01", "2024-01-03"].map(day)),
      returns: returnsOf(0.05, 0.2),
    };
    const aligned = alignOnCommonTimestamps(series, benchmark);
    // Hand calculation: the series' 2 January return joins 3 January: 1.1 × 1.1 − 1 = 0.21,
    // the same interval (1 to 3 January) as the benchmark's 0.2.
    expect(Array.from(aligned.series.timestamps!)).toEqual([day("2024-01-01"), day("2024-01-03")]);
    expect(aligned.series.returns[0]).toBe(0.01);
    expect(aligned.series.returns[1]).toBeCloseTo(0.21, 15);
    expect(Array.from(aligned.benchmark.returns)).toEqual([0.05, 0.2]);
    expect(aligned.droppedFromSeries).toBe(1);
    expect(aligned.mergedFromSeries).toBe(1);
    expect(aligned.droppedFromBenchmark).toBe(0);
  });

  it("gives the golden AAPL and META pair from their common dates", () => {
    // Expected: the inner join of golden.py's "quantstats AAPL vs META" case, which has no
    // interior gaps, so alignment is a plain intersection there.
    const aapl = goldenCase("quantstats AAPL").series;
    const paired = goldenCase("quantstats AAPL vs META");
    const meta = paired.benchmark!;
    const aligned = alignOnCommonTimestamps(aapl, meta);
    expect(aligned.series.timestamps).toEqual(paired.series.timestamps);
    expect(aligned.series.returns).toEqual(paired.series.returns);
    expect(aligned.benchmark.returns).toEqual(meta.returns);
    expect(aligned.droppedFromSeries).toBe(aapl.returns.length - meta.returns.length);
    expect(aligned.droppedFromBenchmark).toBe(0);
  });

  it("pairs undated series of equal length bar for bar", () => {
    const series = { timestamps: null, returns: returnsOf(0.01, 0.02) };
    const benchmark = { timestamps: null, returns: returnsOf(0.03, 0.04) };
    expect(alignOnCommonTimestamps(series, benchmark)).toEqual({
      series,
      benchmark,
      droppedFromSeries: 0,
      droppedFromBenchmark: 0,
      mergedFromSeries: 0,
      mergedFromBenchmark: 0,
    });
  });

  it("refuses what cannot be aligned, saying what to do", () => {
    const dated = { timestamps: Float64Array.from([day("2024-01-01")]), returns: returnsOf(0.01) };
    const other = { timestamps: Float64Array.from([day("2024-02-01")]), returns: returnsOf(0.01) };
    const undated = { timestamps: null, returns: returnsOf(0.01, 0.02) };
    expect(() => alignOnCommonTimestamps(dated, other)).toThrow(InputError);
    expect(() => alignOnCommonTimestamps(dated, undated)).toThrow(/date column/);
    expect(() =>
      alignOnCommonTimestamps(undated, { timestamps: null, returns: returnsOf(0.01) }),
    ).toThrow(/different lengths/);
  });
});
