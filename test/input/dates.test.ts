import { describe, expect, it } from "vitest";

import { readSeries } from "../../scripts/lib/input/read-series.ts";
import { tempFiles } from "./temp-files.ts";

const temp = tempFiles();
/** Four returns that read as fractions whatever the dates: the dates are what is tested. */
const VALUES = [0.01, -0.02, 0.005, 0.03];

async function timesOf(dates: string[], options = {}, name = "dates.csv"): Promise<number[]> {
  const rows = dates.map((date, i) => `${date},${VALUES[i]}`).join("\n");
  const series = await readSeries(temp.write(name, `date,strategy\n${rows}\n`), options);
  return Array.from(series.timestamps ?? []);
}

describe("dates are read to UTC milliseconds", () => {
  it("ISO dates, and date-times with T or a space, with and without seconds", async () => {
    expect(await timesOf(["2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"])).toEqual(
      [2, 3, 4, 5].map((day) => Date.UTC(2024, 0, day)),
    );
    const times = [
      "2024-01-02T09:30:00",
      "2024-01-02 10:30",
      "2024-01-02T11:30:15.250",
      "2024-01-02 12:00:00",
    ];
    expect(await timesOf(times)).toEqual([
      Date.UTC(2024, 0, 2, 9, 30),
      Date.UTC(2024, 0, 2, 10, 30),
      Date.UTC(2024, 0, 2, 11, 30, 15, 250),
      Date.UTC(2024, 0, 2, 12),
    ]);
  });

  it("a time with an offset is converted to UTC (09:30-05:00 is 14:30Z)", async () => {
    const times = [
      "2024-01-02T09:30:00-05:00",
      "2024-01-02T14:31:00Z",
      "2024-01-02 16:32:00+0100",
      "2024-01-02T21:03:00+05:30",
    ];
    expect(await timesOf(times)).toEqual([
      Date.UTC(2024, 0, 2, 14, 30),
      Date.UTC(2024, 0, 2, 14, 31),
      Date.UTC(2024, 0, 2, 15, 32),
      Date.UTC(2024, 0, 2, 15, 33),
    ]);
  });

  it("epoch seconds, milliseconds, microseconds and nanoseconds, told apart by size", async () => {
    // 1704153600 is 2024-01-02T00:00:00Z (Date.UTC(2024, 0, 2) / 1000).
    const seconds = [1704153600, 1704240000, 1704326400, 1704412800].map(String);
    const days = [2, 3, 4, 5].map((day) => Date.UTC(2024, 0, day));
    expect(await timesOf(seconds)).toEqual(days);
    expect(await timesOf(days.map(String))).toEqual(days);
    // Microseconds and nanoseconds (pandas' int64 timestamps): the same days, 1e3 and 1e6 finer.
    expect(await timesOf(days.map((ms) => `${ms}000`))).toEqual(days);
    expect(await timesOf(days.map((ms) => `${ms}000000`))).toEqual(days);
  });

  it("M/D/YYYY when a second number above 12 says so, with a note", async () => {
    const dates = ["1/12/2024", "1/13/2024", "1/14/2024", "1/15/2024"];
    const path = temp.write(
      "mdy.csv",
      `date,strategy\n${dates.map((d, i) => `${d},${VALUES[i]}`).join("\n")}\n`,
    );
    const series = await readSeries(path);
    expect(Array.from(series.timestamps ?? [])).toEqual(
      [12, 13, 14, 15].map((d) => Date.UTC(2024, 0, d)),
    );
    expect(series.warnings.join(" ")).toMatch(/month\/day\/year: line 3 reads "1\/13\/2024"/);
  });

  it("D/M/YYYY (and D.M.YYYY) when a first number above 12 says so", async () => {
    const slashed = ["12/1/2024", "13/1/2024", "14/1/2024", "15/1/2024"];
    const days = [12, 13, 14, 15].map((d) => Date.UTC(2024, 0, d));
    expect(await timesOf(slashed)).toEqual(days);
    expect(await timesOf(slashed.map((d) => d.replaceAll("/", ".")))).toEqual(days);
  });

  it("dotted dates no value settles are read day first, as they are written, with a note", async () => {
    const dotted = ["02.01.2023", "03.01.2023", "04.01.2023", "05.01.2023"];
    const series = await readSeries(
      temp.write(
        "dotted.csv",
        `date,strategy\n${dotted.map((d, i) => `${d},${VALUES[i]}`).join("\n")}\n`,
      ),
    );

    // 2 to 5 January 2023, not 1 February to 1 May.
    expect(Array.from(series.timestamps ?? [])).toEqual(
      [2, 3, 4, 5].map((d) => Date.UTC(2023, 0, d)),
    );
    expect(series.warnings.join(" ")).toMatch(/read as day\.month\.year.*MM\.DD\.YYYY/);
  });

  it("year-last date-times with minutes or seconds, T or a space", async () => {
    const times = [
      "13/01/2024 09:30",
      "13/01/2024T10:30:15",
      "13.01.2024 11:00:00",
      "13-01-2024 12:45",
    ];
    expect(await timesOf(times)).toEqual([
      Date.UTC(2024, 0, 13, 9, 30),
      Date.UTC(2024, 0, 13, 10, 30, 15),
      Date.UTC(2024, 0, 13, 11),
      Date.UTC(2024, 0, 13, 12, 45),
    ]);
  });

  it("US date-times with AM/PM", async () => {
    const times = [
      "1/13/2024 9:30 AM",
      "1/13/2024 12:00 PM",
      "1/13/2024 4:00:00 PM",
      "1/13/2024 11:59 PM",
    ];
    expect(await timesOf(times)).toEqual([
      Date.UTC(2024, 0, 13, 9, 30),
      Date.UTC(2024, 0, 13, 12),
      Date.UTC(2024, 0, 13, 16),
      Date.UTC(2024, 0, 13, 23, 59),
    ]);
  });

  it("YYYYMMDD integers, with a note", async () => {
    expect(await timesOf(["20240102", "20240103", "20240104", "20240105"])).toEqual(
      [2, 3, 4, 5].map((day) => Date.UTC(2024, 0, day)),
    );
  });

  it("--date-format for layouts the data cannot settle or the reader does not guess", async () => {
    const ambiguous = ["1/2/2024", "2/2/2024", "3/2/2024", "4/2/2024"];
    // DD/MM/YYYY: the 1st to the 4th of February.
    expect(await timesOf(ambiguous, { dateFormat: "DD/MM/YYYY" })).toEqual(
      [1, 2, 3, 4].map((day) => Date.UTC(2024, 1, day)),
    );
    // MM/DD/YYYY: January 2nd to April 2nd.
    expect(await timesOf(ambiguous, { dateFormat: "MM/DD/YYYY" })).toEqual(
      [0, 1, 2, 3].map((month) => Date.UTC(2024, month, 2)),
    );
    expect(
      await timesOf(["02-Jan-24", "03-Jan-24", "04-Jan-24", "05-Jan-24"], {
        dateFormat: "DD-MMM-YY",
      }),
    ).toEqual([2, 3, 4, 5].map((day) => Date.UTC(2024, 0, day)));
    expect(
      await timesOf(
        ["01/02/2024 09:30", "01/02/2024 10:30", "01/02/2024 11:30", "01/02/2024 12:30"],
        { dateFormat: "MM/DD/YYYY HH:mm" },
      ),
    ).toEqual([9, 10, 11, 12].map((hour) => Date.UTC(2024, 0, 2, hour, 30)));
  });

  it("two-digit years follow Python's %y: 69-99 are 19xx, 00-68 are 20xx", async () => {
    expect(
      await timesOf(["31/12/68", "1/1/69", "2/1/69", "3/1/99"], { dateFormat: "D/M/YY" }),
    ).toEqual(
      [
        Date.UTC(2068, 11, 31),
        Date.UTC(1969, 0, 1),
        Date.UTC(1969, 0, 2),
        Date.UTC(1999, 0, 3),
      ].sort((a, b) => a - b),
    );
  });
});

describe("dates that cannot be read are refused, naming the row and what to do", () => {
  it("month/day or day/month that no value settles", async () => {
    await expect(timesOf(["1/2/2024", "2/2/2024", "3/2/2024", "4/2/2024"])).rejects.toThrow(
      /could be month\/day or day\/month.*--date-format MM\/DD\/YYYY or DD\/MM\/YYYY/,
    );
  });

  it("day-first and month-first rows in one column", async () => {
    await expect(timesOf(["13/1/2024", "1/14/2024", "1/2/2024", "1/3/2024"])).rejects.toThrow(
      /mix orders: line 2 reads "13\/1\/2024" \(day first\) and line 3 reads "1\/14\/2024"/,
    );
  });

  it("an impossible date (February 30) names the line and value", async () => {
    await expect(timesOf(["2024-02-28", "2024-02-29", "2024-02-30", "2024-03-01"])).rejects.toThrow(
      /line 4: "2024-02-30" in column "date" does not read as a date.*--date-format/,
    );
  });

  it("text in the date column", async () => {
    await expect(timesOf(["2024-01-02", "2024-01-03", "Total", "2024-01-05"])).rejects.toThrow(
      /line 4: "Total" in column "date" does not read as a date/,
    );
  });

  it("a row with a value but no date", async () => {
    await expect(timesOf(["2024-01-02", "", "2024-01-04", "2024-01-05"])).rejects.toThrow(
      /line 3: the row has no date in column "date"/,
    );
  });

  it("a value that --date-format does not match", async () => {
    await expect(
      timesOf(["2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"], {
        dateFormat: "DD/MM/YYYY",
      }),
    ).rejects.toThrow(/line 2: "2024-01-02" .* with --date-format "DD\/MM\/YYYY"/);
  });

  it("a --date-format without a year or month", async () => {
    await expect(
      timesOf(["2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"], { dateFormat: "DD/MM" }),
    ).rejects.toThrow(/--date-format "DD\/MM" has no year/);
  });
});
