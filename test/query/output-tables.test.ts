import Papa from "papaparse";
import { describe, expect, it } from "vitest";

import { formatBytes, formatTime } from "../../scripts/lib/output/cells.ts";
import {
  type Bounds,
  boundedTextTable,
  csvText,
  markdownText,
} from "../../scripts/lib/output/tables.ts";

// Tests for scripts/lib/output/tables.ts and cells.ts, kept beside the query tests that use
// them (the query work owns only test/query/).

const BOUNDS: Bounds = { maxRows: 3, noun: "runs", rowsHint: "pass --table-rows 0" };

/** 5,000 rows of three columns, as a big search would give. */
const MANY = {
  columns: ["run_id", "sharpe", "start_time"],
  rows: Array.from({ length: 5000 }, (_, i) => ({
    run_id: `run-${i}`,
    sharpe: i / 1000,
    start_time: Date.UTC(2026, 0, 1) + i * 60_000,
  })),
  timeColumns: new Set(["start_time"]),
};

describe("boundedTextTable", () => {
  it("shows the first rows and says how many were left out and how to get them", () => {
    const text = boundedTextTable(MANY, BOUNDS);
    const lines = text.split("\n");

    expect(lines).toHaveLength(2 + 3 + 2);
    expect(lines[2]).toMatch(/^run-0\s+0\s+2026-01-01T00:00:00Z$/);
    expect(lines.at(-1)).toBe(
      "Showing 3 of 5,000 runs; 4,997 not shown. To see them: pass --table-rows 0.",
    );
  });

  it("keeps the columns that fit the width and names the ones that did not", () => {
    const wide = {
      columns: ["a", "b", "c"],
      rows: [{ a: "x".repeat(30), b: "y".repeat(30), c: "z".repeat(30) }],
    };

    const text = boundedTextTable(wide, { ...BOUNDS, maxWidth: 70, columnsHint: "use --columns" });

    // 30 + 2 + 30 = 62 fits in 70; adding 2 + 30 more would not.
    expect(text.split("\n")[0]).toMatch(/^a\s+b$/);
    expect(text).toContain("1 columns did not fit in 70 characters (c): use --columns.");
  });

  it("cuts long cells and writes NaN, infinities and missing values plainly", () => {
    const text = boundedTextTable(
      {
        columns: ["name", "value"],
        rows: [
          { name: "n".repeat(50), value: Number.NaN },
          { name: "inf", value: Infinity },
          { name: "none" },
        ],
      },
      { ...BOUNDS, maxCellWidth: 10 },
    );

    expect(text).toContain(`${"n".repeat(9)}…`);
    expect(text).toMatch(/NaN/);
    expect(text).toMatch(/Infinity/);
  });

  it("says so in words when there are no rows", () => {
    expect(boundedTextTable({ columns: ["a"], rows: [] }, BOUNDS)).toBe("No runs.");
  });
});

describe("csvText", () => {
  it("writes every row at full precision, read back by papaparse", () => {
    const text = csvText({
      columns: ["name", "value", "time"],
      rows: [
        { name: 'a, "quoted"\nname', value: 0.1 + 0.2, time: 0 },
        { name: "nan", value: Number.NaN },
        { name: "neg", value: -Infinity },
      ],
      timeColumns: new Set(["time"]),
    });

    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

    expect(parsed.data).toEqual([
      // 0.1 + 0.2 in binary floating point, written as JavaScript's shortest round-trip text.
      { name: 'a, "quoted"\nname', value: "0.30000000000000004", time: "1970-01-01T00:00:00.000Z" },
      { name: "nan", value: "NaN", time: "" },
      { name: "neg", value: "-Infinity", time: "" },
    ]);
  });

  it("is never bounded", () => {
    expect(csvText(MANY).trimEnd().split("\n")).toHaveLength(5001);
  });
});

describe("markdownText", () => {
  it("writes a bounded GitHub table, numbers right-aligned, with the note in italics", () => {
    const text = markdownText(MANY, BOUNDS);
    const lines = text.trimEnd().split("\n");

    expect(lines[0]).toBe("|run_id|sharpe|start_time|");
    expect(lines[1]).toBe("|:-|-:|-:|");
    expect(lines[2]).toBe("|run-0|0|2026-01-01T00:00:00Z|");
    expect(lines.at(-1)).toMatch(/^_Showing 3 of 5,000 runs;/);
  });

  it("escapes pipes and folds line breaks so each row stays one line", () => {
    const text = markdownText(
      { columns: ["note"], rows: [{ note: "a|b\nc" }] },
      { ...BOUNDS, maxRows: 0 },
    );
    expect(text.split("\n")[2]).toBe("|a\\|b c|");
  });
});

describe("cells", () => {
  it("formats times as ISO 8601 UTC and byte counts in SI units", () => {
    expect(formatTime(Date.UTC(2026, 0, 31, 9, 30, 15, 250))).toBe("2026-01-31T09:30:15Z");
    expect(formatTime(undefined)).toBe("");
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(12_345)).toBe("12.3 kB");
    expect(formatBytes(4_500_000)).toBe("4.5 MB");
  });
});
