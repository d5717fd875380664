import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { readSeries } from "../../scripts/lib/input/read-series.ts";
import { INPUT, tempFiles } from "./temp-files.ts";

const temp = tempFiles();

/** Both files are written by test/fixtures/input/make_parquet.py (pandas to_parquet). */
describe("readSeries reads Parquet written by pandas", () => {
  it("a DatetimeIndex named date and one returns column (snappy)", async () => {
    const series = await readSeries(join(INPUT, "returns.parquet"));
    // make_parquet.py: RETURNS = [0.01, -0.02, 0.005, 0.03] on 2024-01-02 to 2024-01-05.
    expect(Array.from(series.returns)).toEqual([0.01, -0.02, 0.005, 0.03]);
    expect(Array.from(series.timestamps ?? [])).toEqual(
      [2, 3, 4, 5].map((day) => Date.UTC(2024, 0, day)),
    );
    expect(series.dateColumn).toBe("date");
  });

  it("prices with an unnamed New York index, newest first, uncompressed, --column close", async () => {
    const series = await readSeries(join(INPUT, "prices-newest-first.parquet"), {
      column: "close",
    });
    // make_parquet.py: closes 100, 101, 99.5, 102 at 16:00 New York (EST, UTC-5) = 21:00 UTC.
    expect(Array.from(series.prices ?? [])).toEqual([100, 101, 99.5, 102]);
    expect(Array.from(series.returns)).toEqual([101 / 100 - 1, 99.5 / 101 - 1, 102 / 99.5 - 1]);
    expect(series.timestamps?.[0]).toBe(Date.UTC(2024, 0, 2, 21));
    expect(series.warnings.join(" ")).toMatch(/newest row first/);
  });

  it("refuses a damaged Parquet file and one named .parquet that is not one", async () => {
    const damaged = temp.write("damaged.parquet", Buffer.from("PAR1 this is not parquet PAR1"));
    await expect(readSeries(damaged)).rejects.toThrow(/cannot be read as Parquet/);
    const csv = temp.write("csv.parquet", "date,value\n2024-01-02,0.01\n");
    await expect(readSeries(csv)).rejects.toThrow(/does not start with the Parquet marker PAR1/);
  });
});
