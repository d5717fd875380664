import { describe, expect, it } from "vitest";

import { formatDate, formatPercent, formatValue } from "../../scripts/lib/tearsheet/format.ts";

// Every expected string is the hand-written reading of the input.
describe("formatValue", () => {
  it("shows fractions as percentages with two decimals and thousands separators", () => {
    expect(formatValue(0.1234, "percent")).toBe("12.34%");
    expect(formatValue(-0.5519, "percent")).toBe("-55.19%");
    expect(formatValue(25.5, "percent")).toBe("2,550.00%");
  });

  it("shows a tiny loss that rounds to zero as 0.00%, not -0.00%", () => {
    expect(formatValue(-0.00001, "percent")).toBe("0.00%");
  });

  it("shows ratios with two decimals, days and counts whole", () => {
    expect(formatValue(1.23456, "ratio")).toBe("1.23");
    expect(formatValue(1772, "days")).toBe("1,772");
    expect(formatValue(9, "count")).toBe("9");
  });

  it('shows NaN as "-" and infinities as "∞" and "-∞", whatever the unit', () => {
    for (const unit of ["percent", "ratio", "days", "count", "date"] as const) {
      expect(formatValue(NaN, unit)).toBe("-");
      expect(formatValue(Infinity, unit)).toBe("∞");
      expect(formatValue(-Infinity, unit)).toBe("-∞");
    }
  });
});

describe("formatDate", () => {
  it("gives the UTC date, and the time only when the bar is not at midnight", () => {
    // Date.UTC(2008, 9, 9) is 2008-10-09T00:00Z; add 13 hours for 13:00.
    expect(formatDate(Date.UTC(2008, 9, 9))).toBe("2008-10-09");
    expect(formatDate(Date.UTC(2008, 9, 9, 13))).toBe("2008-10-09 13:00");
  });
});

describe("formatPercent", () => {
  it("takes the number of decimals it is given", () => {
    expect(formatPercent(0.01234, 1)).toBe("1.2%");
  });
});
