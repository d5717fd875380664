import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { readSeries } from "../../scripts/lib/input/read-series.ts";
import { INPUT, tempFiles } from "./temp-files.ts";

const temp = tempFiles();

describe("missing values (empty, null, NaN, NA, N/A) are counted and reported", () => {
  it("in returns they are dropped", async () => {
    const series = await readSeries(join(INPUT, "returns-gaps.csv"));
    // The file: 01-01 empty, 01-02 0.01, 01-03 null, 01-04 -0.02, 01-05 N/A, 01-08 0.005,
    // 01-09 0.03.
    expect(Array.from(series.returns)).toEqual([0.01, -0.02, 0.005, 0.03]);
    expect(Array.from(series.timestamps ?? [])).toEqual(
      [2, 4, 8, 9].map((day) => Date.UTC(2024, 0, day)),
    );
    expect(series.rows).toBe(7);
    expect(series.warnings).toEqual([
      expect.stringMatching(
        /3 row\(s\) had no value in column "strategy" \(1 before the series starts, 2 in gaps .*dropped/,
      ),
    ]);
  });

  it("in prices they are skipped and the next return spans the gap", async () => {
    const series = await readSeries(join(INPUT, "prices-gaps.csv"));
    // The file: 01-01 100, 01-02 empty, 01-03 NaN, 01-04 99.5, 01-05 NA, 01-08 102.
    expect(Array.from(series.prices ?? [])).toEqual([100, 99.5, 102]);
    expect(Array.from(series.returns)).toEqual([99.5 / 100 - 1, 102 / 99.5 - 1]);
    expect(Array.from(series.timestamps ?? [])).toEqual([
      Date.UTC(2024, 0, 4),
      Date.UTC(2024, 0, 8),
    ]);
    expect(series.warnings.join(" ")).toMatch(/3 row\(s\) had no value.*3 in gaps.*skipped/);
  });

  it("every pandas missing marker counts, and trailing gaps are reported as such", async () => {
    const markers = [
      "",
      "NaN",
      "nan",
      "NA",
      "N/A",
      "n/a",
      "null",
      "NULL",
      "None",
      "#N/A",
      "<NA>",
      "-nan",
    ];
    const rows = ["2024-01-01,0.01", "2024-01-02,-0.02", "2024-01-03,0.005", "2024-01-04,0.03"];
    markers.forEach((marker, i) =>
      rows.push(`2024-02-${String(i + 1).padStart(2, "0")},${marker}`),
    );
    const series = await readSeries(temp.write("markers.csv", `date,r\n${rows.join("\n")}\n`));
    expect(Array.from(series.returns)).toEqual([0.01, -0.02, 0.005, 0.03]);
    expect(series.warnings.join(" ")).toMatch(/12 row\(s\) had no value.*12 after it ends/);
  });

  it("a series that starts later than the file (leading empty rows) is not an error", async () => {
    const rows = [
      "2024-01-01,,0.5",
      "2024-01-02,,0.4",
      "2024-01-03,0.01,0.3",
      "2024-01-04,-0.02,0.2",
      "2024-01-05,0.005,0.1",
    ];
    const path = temp.write("late.csv", `date,late,early\n${rows.join("\n")}\n`);
    const series = await readSeries(path, { column: "late" });
    expect(Array.from(series.returns)).toEqual([0.01, -0.02, 0.005]);
    expect(series.warnings.join(" ")).toMatch(/2 before the series starts/);
  });
});
