import { calendarAggregates } from "../../metrics/index.ts";
import type { ChartData } from "../charts/base.ts";
import { monthlyHeatmap } from "../charts/monthly-heatmap.ts";
import { yearlyBars } from "../charts/yearly-bars.ts";
import { chartSection, plainSection } from "../page.ts";
import type { TearsheetInput } from "../types.ts";

/** Yearly bars and the monthly heatmap, or a note saying why not when the bars have no dates. */
export function calendarSections(input: TearsheetInput, data: ChartData): string[] {
  const { timestamps } = input.series;
  if (!timestamps) {
    const note = `<p class="note">Monthly and yearly returns need dates; this series has none.</p>`;
    return [plainSection("calendar", "Monthly and yearly returns", note)];
  }

  const years = calendarAggregates(input.series, "year");
  const benchmarkYears = input.benchmark
    ? calendarAggregates({ returns: input.benchmark.returns, timestamps }, "year")
    : undefined;
  return [
    chartSection("yearly", "Yearly returns", yearlyBars(data, years, benchmarkYears)),
    chartSection(
      "monthly",
      "Monthly returns (%)",
      monthlyHeatmap(calendarAggregates(input.series, "month"), years),
      "Each month compounded; the last column is the whole year.",
    ),
  ];
}
