import { FONT } from "./charts/render-svg.ts";
import { escapeHtml } from "./escape.ts";

/** The parts of the page, each already HTML (escaped where it holds user text). */
export interface PageParts {
  title: string;
  facts: string[];
  headline: string;
  charts: string[];
  tables: string[];
}

// No external stylesheet, font or script: the file must open the same with no network.
const STYLE = `
*{box-sizing:border-box}
body{margin:0;padding:24px;font-family:${FONT};color:#111827;background:#fff;font-size:14px}
header h1{margin:0 0 4px;font-size:24px}
header p{margin:2px 0;color:#4b5563}
.headline{display:flex;flex-wrap:wrap;gap:10px;margin:18px 0}
.card{flex:1 1 120px;border:1px solid #e5e7eb;border-radius:6px;padding:10px 12px}
.card .label{font-size:12px;color:#6b7280}
.card .value{font-size:20px;font-weight:600;margin-top:2px}
.card .versus{font-size:12px;color:#6b7280;margin-top:2px}
main{display:grid;grid-template-columns:minmax(0,760px) minmax(0,1fr);gap:28px;align-items:start}
@media (max-width:1100px){main{grid-template-columns:minmax(0,1fr)}}
section{margin:0 0 22px;break-inside:avoid}
h2{font-size:15px;margin:0 0 6px;padding-bottom:4px;border-bottom:1px solid #e5e7eb}
svg{display:block;width:100%;height:auto}
svg text{font-family:${FONT}!important}
table{border-collapse:collapse;width:100%;font-size:13px;font-variant-numeric:tabular-nums}
th,td{padding:3px 8px;text-align:right;border-bottom:1px solid #f3f4f6}
table.metrics td{white-space:nowrap}
th:first-child,td:first-child{text-align:left}
thead th{border-bottom:2px solid #d1d5db}
tr.group th{text-align:left;padding-top:12px;color:#374151;border-bottom:1px solid #d1d5db}
.note{color:#6b7280;font-size:12px;margin:4px 0 0}
footer{margin-top:24px;color:#9ca3af;font-size:12px}
`;

export function page(parts: PageParts): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${parts.title}</h1>${parts.facts.map((fact) => `<p>${fact}</p>`).join("")}</header>
${parts.headline}
<main>
<div class="charts">${parts.charts.join("\n")}</div>
<div class="tables">${parts.tables.join("\n")}</div>
</main>
<footer>Drawn by mlflow-tracking with Apache ECharts (server-side SVG).</footer>
</body>
</html>
`;
}

/** A titled chart; `id` names it for links (`#drawdown`) and the browser test finds it by it. */
export function chartSection(id: string, title: string, body: string, note = ""): string {
  const noteHtml = note === "" ? "" : `<p class="note">${escapeHtml(note)}</p>`;
  const heading = `<h2>${escapeHtml(title)}</h2>`;
  return `<section id="${id}" data-chart="${id}">${heading}${body}${noteHtml}</section>`;
}

/** A titled table, or a note in place of a chart that the data cannot give. */
export function plainSection(id: string, title: string, body: string): string {
  return `<section id="${id}"><h2>${escapeHtml(title)}</h2>${body}</section>`;
}
