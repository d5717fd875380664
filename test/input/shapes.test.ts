import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { readSeries } from "../../scripts/lib/input/read-series.ts";
import { INPUT, tempFiles } from "./temp-files.ts";

/** The returns in the hand-made files (2024-01-02 to 2024-01-05), as written in them. */
const RETURNS = [0.01, -0.02, 0.005, 0.03];
const DAYS = [2, 3, 4, 5].map((day) => Date.UTC(2024, 0, day));
const BASIC =
  "date,strategy\n2024-01-02,0.01\n2024-01-03,-0.02\n2024-01-04,0.005\n2024-01-05,0.03\n";

const temp = tempFiles();

async function expectBasic(path: string, options = {}) {
  const series = await readSeries(path, options);
  expect(Array.from(series.returns)).toEqual(RETURNS);
  expect(Array.from(series.timestamps ?? [])).toEqual(DAYS);
  expect(series.kind).toBe("returns");
  return series;
}

describe("readSeries reads every common delimited shape to the same returns", () => {
  it("comma, LF, header", async () => {
    const series = await expectBasic(join(INPUT, "returns-basic.csv"));
    expect(series.column).toBe("strategy");
    expect(series.dateColumn).toBe("date");
    expect(series.scale).toBe(1);
    expect(series.prices).toBeNull();
    expect(series.warnings).toEqual([]);
  });

  it("tab-separated (TSV)", async () => {
    const series = await expectBasic(join(INPUT, "returns.tsv"));
    expect(series.warnings).toEqual([expect.stringMatching(/tab-separated/)]);
  });

  it("semicolon-separated prices", async () => {
    const series = await readSeries(join(INPUT, "prices-semicolon.csv"));
    // The file's prices 100, 101, 99.5, 102: returns 101/100-1, 99.5/101-1, 102/99.5-1.
    expect(Array.from(series.returns)).toEqual([101 / 100 - 1, 99.5 / 101 - 1, 102 / 99.5 - 1]);
    expect(Array.from(series.prices ?? [])).toEqual([100, 101, 99.5, 102]);
    expect(series.kind).toBe("prices");
  });

  it("pipe-separated", async () => {
    await expectBasic(temp.write("pipe.csv", BASIC.replaceAll(",", "|")));
  });

  it("quoted fields, with a separator inside a quoted header", async () => {
    const series = await expectBasic(join(INPUT, "returns-quoted.csv"));
    expect(series.column).toBe("Strategy, net");
  });

  it("a quoted field holding a line break keeps the line numbers right", async () => {
    const text = 'date,strategy,note\n2024-01-02,0.01,"two\nlines"\n2024-01-03,oops,x\n';
    const path = temp.write("multiline.csv", text);
    // The bad row starts on line 4: line 2 holds the first row, line 3 its note's second line.
    await expect(readSeries(path, { column: "strategy" })).rejects.toThrow(/line 4: "oops"/);
  });

  it("no newline after the last row", async () => {
    await expectBasic(join(INPUT, "returns-no-final-newline.csv"));
  });

  it("CRLF and CR-only line ends", async () => {
    await expectBasic(temp.write("crlf.csv", BASIC.replaceAll("\n", "\r\n")));
    await expectBasic(temp.write("cr.csv", BASIC.replaceAll("\n", "\r")));
  });

  it("a UTF-8 byte-order mark before the header", async () => {
    const series = await expectBasic(temp.write("bom.csv", `\uFEFF${BASIC}`));
    expect(series.dateColumn).toBe("date");
  });

  it("UTF-16 with a byte-order mark (Excel's 'Unicode text')", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BASIC, "utf16le")]);
    await expectBasic(temp.write("utf16.csv", bytes));
  });

  it("text lines above the header (a preamble) are skipped with a note", async () => {
    const series = await expectBasic(join(INPUT, "returns-preamble.csv"));
    expect(series.warnings.join(" ")).toMatch(/skipped 2 line\(s\).*line 1 reads "Strategy/);
  });

  it("a preamble whose lines hold the separator, above only a few rows, is still a preamble", async () => {
    // Found by the layout property test (test/input/properties.test.ts): three preamble lines
    // of two comma-separated fields, like the data rows, made up half of a short file's sample,
    // so the date column read as text and the header was taken for line 2.
    const preamble = "Daily returns, net of fees\n".repeat(3);
    const threeRows = BASIC.split("\n").slice(0, 4).join("\n");
    const series = await readSeries(temp.write("comma-preamble.csv", `${preamble}${threeRows}\n`));
    expect(Array.from(series.returns)).toEqual(RETURNS.slice(0, 3));
    expect(series.warnings.join(" ")).toMatch(/skipped 3 line\(s\)/);
  });

  it("no header: columns are numbered, --column takes a position", async () => {
    const series = await expectBasic(join(INPUT, "returns-no-header.csv"));
    expect(series.column).toBe("2");
    await expectBasic(join(INPUT, "returns-no-header.csv"), { column: "2", dateColumn: "1" });
  });

  it("blank lines and spaces around values are ignored", async () => {
    const text =
      "\n\ndate, strategy\n2024-01-02, 0.01\n\n2024-01-03, -0.02\n2024-01-04, 0.005\n" +
      "2024-01-05, 0.03\n\n";
    await expectBasic(temp.write("blank-lines.csv", text));
  });

  it("pandas to_csv of a Series without a name (header ',0')", async () => {
    const text = BASIC.replace("date,strategy", ",0");
    const series = await expectBasic(temp.write("unnamed.csv", text));
    expect(series.column).toBe("0");
  });

  it("pandas to_csv of a DataFrame with a numbered index (blank first header)", async () => {
    const text = BASIC.replace("date,strategy", ",date,strategy")
      .split("\n")
      .map((line, i) => (i === 0 || line === "" ? line : `${i - 1},${line}`))
      .join("\n");
    const series = await expectBasic(temp.write("range-index.csv", text));
    expect(series.column).toBe("strategy");
  });

  it("newest-first rows are put oldest first, with a note", async () => {
    const series = await expectBasic(join(INPUT, "returns-newest-first.csv"));
    expect(series.warnings).toEqual([expect.stringMatching(/newest row first/)]);
  });

  it("rows in no order are sorted, with a note", async () => {
    const text =
      "date,strategy\n2024-01-04,0.005\n2024-01-02,0.01\n2024-01-05,0.03\n2024-01-03,-0.02\n";
    const series = await expectBasic(temp.write("shuffled.csv", text));
    expect(series.warnings).toEqual([expect.stringMatching(/not in date order/)]);
  });

  it("a file with one column of returns and no dates", async () => {
    const series = await readSeries(temp.write("bare.csv", "strategy\n0.01\n-0.02\n0.005\n0.03\n"));
    expect(Array.from(series.returns)).toEqual(RETURNS);
    expect(series.timestamps).toBeNull();
    expect(series.warnings.join(" ")).toMatch(/has no dates/);
  });

  it("a file that is not UTF-8 is read as Windows-1252, with a note", async () => {
    // "résultat €" as Excel on Windows saves it: é is 0xE9 (as in Latin-1), € is 0x80, the one
    // byte where Windows-1252 and Latin-1 part (the code page's published table).
    const header = Buffer.concat([
      Buffer.from("r\u00e9sultat ", "latin1"),
      Buffer.from([0x80]),
    ]).toString("latin1");
    const bytes = Buffer.from(BASIC.replace("strategy", header), "latin1");
    const series = await expectBasic(temp.write("windows-1252.csv", bytes));
    expect(series.column).toBe("r\u00e9sultat \u20ac");
    expect(series.warnings.join(" ")).toMatch(/not valid UTF-8; it was read as Windows-1252/);
  });
});

describe("readSeries reads JSON shapes", () => {
  it("an array of numbers: returns without timestamps", async () => {
    const series = await readSeries(join(INPUT, "returns-array.json"));
    expect(Array.from(series.returns)).toEqual(RETURNS);
    expect(series.timestamps).toBeNull();
    expect(series.column).toBe("value");
  });

  it("an array of {date, value} objects", async () => {
    const series = await expectBasic(join(INPUT, "returns-records.json"));
    expect(series.column).toBe("value");
    expect(series.dateColumn).toBe("date");
  });

  it("an object of date to value", async () => {
    await expectBasic(join(INPUT, "returns-object.json"));
  });

  it("pandas Series.to_json(): epoch-millisecond keys", async () => {
    const object = Object.fromEntries(DAYS.map((day, i) => [String(day), RETURNS[i]]));
    const series = await expectBasic(temp.write("series.json", JSON.stringify(object)));
    expect(series.warnings.join(" ")).toMatch(/epoch milliseconds/);
  });

  it("pandas DataFrame.to_json(): column to date to value, --column picks one", async () => {
    const column = (values: number[]) =>
      Object.fromEntries(DAYS.map((day, i) => [String(day), values[i]]));
    const frame = { strategy: column(RETURNS), other: column([0.1, 0.2, -0.1, 0]) };
    const path = temp.write("frame.json", JSON.stringify(frame));
    await expectBasic(path, { column: "strategy" });
    await expect(readSeries(path)).rejects.toThrow(/several numeric columns: strategy, other/);
  });

  it('pandas to_json(orient="split") and orient="values"', async () => {
    const dates = DAYS.map((day) => new Date(day).toISOString().slice(0, 10));
    const split = { name: "strategy", index: dates, data: RETURNS };
    await expectBasic(temp.write("split.json", JSON.stringify(split)));
    const values = dates.map((date, i) => [date, RETURNS[i]]);
    await expectBasic(temp.write("values.json", JSON.stringify(values)));
  });

  it("null and NaN-like strings in JSON count as missing", async () => {
    const path = temp.write("gaps.json", JSON.stringify([0.01, null, -0.02, "NaN", 0.005, 0.03]));
    const series = await readSeries(path);
    expect(Array.from(series.returns)).toEqual(RETURNS);
    expect(series.warnings.join(" ")).toMatch(/2 row\(s\) had no value/);
  });
});
