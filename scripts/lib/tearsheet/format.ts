/** How a metric's number reads: a fraction shown as a percentage, a plain ratio, a count... */
export type Unit = "percent" | "ratio" | "days" | "count" | "date";

const DAY_MS = 86_400_000;
const TWO_DECIMALS = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const WHOLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/**
 * Formats one metric value for a table cell. NaN reads "-" and infinities "∞" / "-∞", as a
 * QuantStats report shows them; percentages get two decimals and thousands separators
 * (0.1234 → "12.34%", 25.5 → "2,550.00%").
 */
export function formatValue(value: number, unit: Unit): string {
  if (Number.isNaN(value)) return "-";
  if (value === Infinity) return "∞";
  if (value === -Infinity) return "-∞";

  switch (unit) {
    case "percent":
      return formatPercent(value, 2);
    case "ratio":
      return TWO_DECIMALS.format(value);
    case "days":
    case "count":
      return WHOLE.format(value);
    case "date":
      return formatDate(value);
  }
}

/** A fraction as a percentage with the given decimals: 0.05 → "5.00%". */
export function formatPercent(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return formatValue(value, "ratio");
  const text = (value * 100).toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  // -0.001% rounds to "-0.00%", which reads like a loss that is not there.
  return `${text === `-${(0).toFixed(decimals)}` ? (0).toFixed(decimals) : text}%`;
}

/** Epoch milliseconds as a UTC calendar date, "2008-10-09"; with a time when not midnight. */
export function formatDate(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
