/** Cells longer than this are cut with an ellipsis, so one long value cannot flood a screen. */
export const MAX_CELL_WIDTH = 60;

/**
 * Lays out rows as aligned plain-text columns (two spaces apart, numbers right-aligned),
 * readable in a terminal and in an agent's context alike.
 */
export function renderTextTable(
  headers: string[],
  rows: string[][],
  maxCellWidth = MAX_CELL_WIDTH,
): string {
  const cut = (cell: string) =>
    cell.length > maxCellWidth ? `${cell.slice(0, maxCellWidth - 1)}…` : cell;
  const body = rows.map((row) => row.map(cut));
  const head = headers.map(cut);
  const widths = head.map((header, column) =>
    Math.max(header.length, ...body.map((row) => (row[column] ?? "").length)),
  );
  const numeric = widths.map((_, column) => body.every((row) => isNumberLike(row[column] ?? "")));

  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(head), rule, ...body.map(line)].join("\n");
}

/** A cell that reads as a number (run ids, which start with digits too, do not). */
function isNumberLike(cell: string): boolean {
  return cell === "" || /^(NaN|[-+]?Infinity|[-+]?\d[\d,]*(\.\d+)?(e[-+]?\d+)?%?)$/.test(cell);
}

/** A number for people: 6 significant digits, NaN and infinities spelled out. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e9)) return value.toExponential(5);
  return String(Number(value.toPrecision(6)));
}
