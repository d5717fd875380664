import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { SkillError } from "../../scripts/lib/errors.ts";
import { readSeries } from "../../scripts/lib/input/read-series.ts";
import { tempFiles } from "./temp-files.ts";

const temp = tempFiles();
let fileNumber = 0;

/** A series as rows of ISO date and value text, one row per day from 2020-01-01. */
interface Rows {
  header: string[];
  rows: string[][];
}

const returnsArbitrary = fc.array(fc.double({ min: -0.04, max: 0.04, noNaN: true }), {
  minLength: 3,
  maxLength: 40,
});
const pricesArbitrary = fc
  .array(fc.double({ min: -0.03, max: 0.03, noNaN: true }), { minLength: 3, maxLength: 40 })
  .map((steps) =>
    steps.reduce((prices, step) => [...prices, (prices.at(-1) as number) * (1 + step)], [100]),
  );

function toRows(values: number[]): Rows {
  const rows = values.map((value, i) => {
    const date = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    return [date, String(value)];
  });
  return { header: ["date", "value"], rows };
}

function render(table: Rows, separator = ",", lineEnd = "\n", preamble: string[] = []): string {
  const lines = [
    ...preamble,
    table.header.join(separator),
    ...table.rows.map((row) => row.join(separator)),
  ];
  return lines.join(lineEnd) + lineEnd;
}

/** What reading gives, comparable across files: the numbers, or the refusal without places. */
async function outcome(text: string) {
  fileNumber += 1;
  const path = temp.write(`property-${fileNumber}.csv`, text);
  try {
    const series = await readSeries(path);
    return {
      returns: Array.from(series.returns),
      timestamps: Array.from(series.timestamps ?? []),
      prices: series.prices ? Array.from(series.prices) : null,
      kind: series.kind,
      scale: series.scale,
    };
  } catch (error) {
    if (!(error instanceof SkillError)) throw error;
    return { refused: error.problem.replace(path, "FILE").replace(/line \d+/g, "line N") };
  }
}

const shapes = {
  shuffle: fc.func(fc.integer()),
  separator: fc.constantFrom(",", ";", "\t", "|"),
  lineEnd: fc.constantFrom("\n", "\r\n", "\r"),
  preamble: fc.array(
    fc.constantFrom(
      "Exported by ExampleVendor",
      "https://example.invalid/data",
      "Daily returns, net of fees",
    ),
    { maxLength: 3 },
  ),
};

describe("the way a file is laid out does not change what is read", () => {
  for (const [name, values] of [
    ["returns", returnsArbitrary],
    ["prices", pricesArbitrary],
  ] as const) {
    it(`${name}: shuffled rows, a preamble, other line ends and separators read the same`, async () => {
      await fc.assert(
        fc.asyncProperty(
          values,
          shapes.shuffle,
          shapes.separator,
          shapes.lineEnd,
          shapes.preamble,
          async (series, order, separator, lineEnd, preamble) => {
            const table = toRows(series);
            const shuffled = {
              ...table,
              rows: [...table.rows].sort((a, b) => order(a) - order(b)),
            };

            const plain = await outcome(render(table));
            expect(await outcome(render(shuffled))).toEqual(plain);
            expect(await outcome(render(table, separator, lineEnd, preamble))).toEqual(plain);
            expect(await outcome(render(shuffled, separator, lineEnd, preamble))).toEqual(plain);
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  it("a byte-order mark, quotes around every field and no final newline read the same", async () => {
    await fc.assert(
      fc.asyncProperty(returnsArbitrary, async (series) => {
        const table = toRows(series);
        const quoted = {
          header: table.header.map((cell) => `"${cell}"`),
          rows: table.rows.map((row) => row.map((cell) => `"${cell}"`)),
        };
        const plain = await outcome(render(table));
        expect(await outcome(`\uFEFF${render(table)}`)).toEqual(plain);
        expect(await outcome(render(quoted))).toEqual(plain);
        expect(await outcome(render(table).trimEnd())).toEqual(plain);
      }),
      { numRuns: 40 },
    );
  });

  it("prices read from a file equal pct_change computed by hand from the same prices", async () => {
    await fc.assert(
      fc.asyncProperty(pricesArbitrary, async (prices) => {
        const read = await outcome(render(toRows(prices)));
        const byHand = prices.slice(1).map((price, i) => price / (prices[i] as number) - 1);
        expect(read).toMatchObject({ kind: "prices", returns: byHand });
      }),
      { numRuns: 40 },
    );
  });
});
