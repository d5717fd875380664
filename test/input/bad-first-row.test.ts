import { describe, expect, it } from "vitest";

import { InputError } from "../../scripts/lib/errors.ts";
import { readSeries } from "../../scripts/lib/input/read-series.ts";
import { tempFiles } from "./temp-files.ts";

const files = tempFiles();

/**
 * A bad value in the first data row must be refused by its line, like the same value further
 * down, and never make the reader take that row for the header and the real header for a
 * preamble (which silently dropped the first return). Found by a fresh-eyes trial.
 */
describe("a bad value in the first data row", () => {
  it.each([
    [
      "accounting brackets",
      "Date,Strategy\n2024-01-15,(0.005)\n2024-01-16,0.008\n2024-01-17,-0.003\n",
      "(0.005)",
    ],
    [
      "a Unicode minus",
      "Date,Strategy\n2024-01-15,\u22120.005\n2024-01-16,0.008\n2024-01-17,-0.003\n",
      "\u22120.005",
    ],
    ["plain text", "Date,Strategy\n2024-01-15,x\n2024-01-16,0.008\n2024-01-17,-0.003\n", "x"],
    ["brackets without a date column", "r\n(0.005)\n0.008\n-0.003\n0.009\n", "(0.005)"],
  ])("is refused by its line when it is %s", async (_label, content, cell) => {
    const file = files.write("first-row.csv", content);

    const error = await readSeries(file).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain(`line 2: "${cell}"`);
  });

  it("still skips a real preamble line above the header", async () => {
    // The crypto file's shape: a line of text, then the header, then the data.
    const file = files.write(
      "preamble.csv",
      "Exported by a vendor\nDate,Strategy\n2024-01-15,0.005\n2024-01-16,0.008\n2024-01-17,-0.003\n",
    );

    const series = await readSeries(file);

    // Three returns, the first being 0.005 from line 3 of the file.
    expect(Array.from(series.returns)).toEqual([0.005, 0.008, -0.003]);
    expect(series.column).toBe("Strategy");
  });
});
