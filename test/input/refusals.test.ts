import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { EXIT_CODES, InputError } from "../../scripts/lib/errors.ts";
import { readSeries } from "../../scripts/lib/input/read-series.ts";
import { DATA, tempFiles } from "./temp-files.ts";

const temp = tempFiles();
const HEADER = "date,strategy\n";

/** The InputError that reading `path` throws. */
async function refusal(path: string, options = {}): Promise<InputError> {
  const error = await readSeries(path, options).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InputError);
  const input = error as InputError;
  expect(input.exitCode).toBe(EXIT_CODES.usageOrInput);
  expect(input.nextStep.length).toBeGreaterThan(10);
  return input;
}

describe("files that cannot be read are refused with one message and a next step", () => {
  it("a missing file", async () => {
    const error = await refusal(join(temp.dir, "nope.csv"), { role: "benchmark" });
    expect(error.message).toMatch(/nope\.csv \(--benchmark\) does not exist\. Check the path/);
  });

  it("a folder", async () => {
    const folder = join(temp.dir, "folder.csv");
    mkdirSync(folder);
    expect((await refusal(folder)).message).toMatch(/is a folder, not a file/);
  });

  it("an empty file, and one of blank lines only", async () => {
    expect((await refusal(temp.write("empty.csv", ""))).message).toMatch(/is empty \(0 bytes\)/);
    expect((await refusal(temp.write("blank.csv", "\n \r\n\n"))).message).toMatch(/only blank/);
  });

  it("a header without rows", async () => {
    const error = await refusal(temp.write("header-only.csv", HEADER));
    expect(error.message).toMatch(/has a header \(line 1\) but no rows of numbers under it/);
  });

  it("fewer than two returns (two prices give one)", async () => {
    const one = await refusal(temp.write("one.csv", `${HEADER}2024-01-02,0.01\n`), {
      kind: "returns",
    });
    expect(one.message).toMatch(/gives 1 return\(s\) from column "strategy"; at least two/);
    const prices = temp.write("two-prices.csv", `${HEADER}2024-01-02,100\n2024-01-03,101\n`);
    expect((await refusal(prices, { kind: "prices" })).message).toMatch(/gives 1 return\(s\)/);
  });

  it("binary content (NUL bytes, random bytes), gzip and zip archives", async () => {
    const nul = temp.write("nul.csv", Buffer.from([0x64, 0x61, 0x00, 0x01, 0x02, 0x0a]));
    expect((await refusal(nul)).message).toMatch(/holds binary content \(it contains NUL bytes\)/);
    const random = Buffer.from(Array.from({ length: 512 }, (_, i) => ((i * 7919 + 13) % 255) + 1));
    expect((await refusal(temp.write("random.bin", random))).message).toMatch(/binary content/);
    const gzip = temp.write("r.csv.gz", Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));
    expect((await refusal(gzip)).message).toMatch(/gzip-compressed\. Decompress it first/);
    const zip = temp.write("book.xlsx", Buffer.from("PK\x03\x04rest", "latin1"));
    expect((await refusal(zip)).message).toMatch(/zip archive \(an \.xlsx workbook is one\)/);
  });

  it("text in the value column names the line and the value", async () => {
    const text = `${HEADER}2024-01-02,0.01\n2024-01-03,-0.02\n2024-01-04,#DIV/0!\n2024-01-05,0.03\n`;
    const error = await refusal(temp.write("text.csv", text));
    expect(error.message).toMatch(/line 4: "#DIV\/0!" in column "strategy" is not a number\./);
  });

  it("a text column picked with --column", async () => {
    const file = join(DATA, "cryptodatadownload_Coinbase_BTCUSD_1h.csv");
    const error = await refusal(file, { column: "symbol" });
    // Line 3 is the first data row (line 1 the URL, line 2 the header): "BTC/USD".
    expect(error.message).toMatch(/line 3: "BTC\/USD" in column "symbol" is not a number/);
  });

  it("decimal commas and thousands separators get their own hint", async () => {
    const comma = `date;strategy\n2024-01-02;0,01\n2024-01-03;-0,02\n2024-01-04;0,005\n`;
    expect((await refusal(temp.write("comma.csv", comma))).message).toMatch(/decimal commas/);
    const thousands = `date,price\n2024-01-02,"1,234.5"\n2024-01-03,"1,240.0"\n2024-01-04,"1,250.0"\n`;
    expect((await refusal(temp.write("thousands.csv", thousands))).message).toMatch(
      /"1,234\.5" .* Remove the thousands separators/,
    );
  });

  it("a return at or below -100%", async () => {
    const text = `${HEADER}2024-01-02,0.01\n2024-01-03,-1\n2024-01-04,0.005\n2024-01-05,0.03\n`;
    const error = await refusal(temp.write("ruin.csv", text));
    expect(error.message).toMatch(/line 3: the return -1 is a loss of 100%, at or below -100%/);
  });

  it("an infinite value (inf, Infinity, 1e999)", async () => {
    for (const [name, value] of [
      ["inf", "inf"],
      ["Infinity", "-Infinity"],
      ["huge", "1e999"],
    ]) {
      const text = `${HEADER}2024-01-02,0.01\n2024-01-03,${value}\n2024-01-04,0.005\n2024-01-05,0.03\n`;
      const error = await refusal(temp.write(`${name}.csv`, text));
      expect(error.message).toMatch(
        new RegExp(`line 3: column "strategy" holds an infinite value \\("${value}"\\)`),
      );
    }
  });

  it("the same timestamp twice, named with both lines", async () => {
    const text = `${HEADER}2024-01-02,0.01\n2024-01-03,-0.02\n2024-01-03,0.005\n2024-01-05,0.03\n`;
    const error = await refusal(temp.write("twice.csv", text));
    expect(error.message).toMatch(/the timestamp 2024-01-03 appears twice, on line 3 and line 4/);
  });

  it("a row with more or fewer fields than the table", async () => {
    const text = `${HEADER}2024-01-02,0.01\n2024-01-03,-0.02\n2024-01-04,0.005,extra\n`;
    const error = await refusal(temp.write("ragged.csv", text));
    expect(error.message).toMatch(/line 4 has 3 field\(s\) where the table has 2/);
  });

  it("several numeric columns and none picked: listed, skipping id and epoch columns", async () => {
    const error = await refusal(join(DATA, "cryptodatadownload_Coinbase_BTCUSD_1h.csv"));
    expect(error.message).toMatch(
      /several numeric columns: open, high, low, close, volto, volfrom\./,
    );
    expect(error.nextStep).toBe("Pick one with --column (e.g. --column close).");
  });

  it("a column that does not exist, listing the columns", async () => {
    const error = await refusal(join(DATA, "pypfopt_spy_prices.csv"), { column: "QQQ" });
    expect(error.message).toMatch(/has no column "QQQ" \(--column\)\. Its columns: date, SPY\./);
  });

  it("no numeric column at all: the one column left is read and its first cell named", async () => {
    const text = "date,note\n2024-01-02,up\n2024-01-03,down\n2024-01-04,flat\n";
    const error = await refusal(temp.write("words.csv", text));
    expect(error.message).toMatch(/line 2: "up" in column "note" is not a number/);
    const two = "date,note,tag\n2024-01-02,up,a\n2024-01-03,down,b\n2024-01-04,flat,c\n";
    expect((await refusal(temp.write("words2.csv", two))).message).toMatch(
      /has no column of numbers besides the dates \(its columns: date, note, tag\)/,
    );
  });

  it("JSON that does not parse, or of an unknown shape, or empty", async () => {
    const broken = temp.write("broken.json", "[\n  0.01,\n  -0.02,\n]\n");
    expect((await refusal(broken)).message).toMatch(/is not valid JSON/);
    const shape = temp.write("shape.json", '{"a": [1, 2], "b": 3}');
    expect((await refusal(shape)).message).toMatch(/JSON of a shape the reader does not know/);
    expect((await refusal(temp.write("empty.json", "[]"))).message).toMatch(/empty JSON array/);
  });

  it("no stack trace in the message: one line with the next step last", async () => {
    const error = await refusal(join(temp.dir, "nope.csv"));
    expect(error.message).not.toMatch(/\n|    at /);
    expect(error.message.endsWith(error.nextStep)).toBe(true);
  });
});
