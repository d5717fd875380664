/**
 * The server's floor for "search every run": one experiment's runs, 1,000 a page, with raw
 * keep-alive requests and nothing done with the answers but finding the next page token (read
 * from the end of the text, which MLflow writes after the runs) and counting the runs. With
 * `--split K`, the runs are cut into K start-time ranges (found from the first and last run)
 * searched at once, each paged to its end: what a client could gain from a server with more
 * than one worker. Prints one JSON object: runs, pages, bytes, seconds.
 *
 * Usage: node raw_search.mjs --url URL --experiment-id ID [--split K]
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

import { RawRest } from "../lib/raw-rest.ts";

const PAGE = 1000;

interface SearchPage {
  runs?: { info: { start_time: number } }[];
  next_page_token?: string;
}

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    "experiment-id": { type: "string" },
    split: { type: "string", default: "1" },
  },
});
if (values.url === undefined || values["experiment-id"] === undefined) {
  process.stderr.write("usage: raw_search --url URL --experiment-id ID [--split K]\n");
  process.exit(2);
}
const experimentId = values["experiment-id"];
const split = Number(values.split);
const rest = new RawRest(values.url, split);
let bytes = 0;
let pages = 0;

/** Every run matching `filter`, page by page; returns how many. */
async function pageThrough(filter: string | undefined): Promise<number> {
  let token: string | undefined;
  let runs = 0;
  do {
    const body = JSON.stringify({
      experiment_ids: [experimentId],
      max_results: PAGE,
      filter,
      page_token: token,
    });
    const text = await rest.postText("/runs/search", body);
    bytes += text.length;
    pages += 1;
    runs += occurrences(text, '"run_uuid"');
    token = /"next_page_token"\s*:\s*"([^"]+)"\s*}\s*$/.exec(text.slice(-1000))?.[1];
  } while (token !== undefined);
  return runs;
}

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    count += 1;
  }
  return count;
}

/** The start time of the first run in this order. */
async function edge(order: "ASC" | "DESC"): Promise<number> {
  const page = await rest.post<SearchPage>("/runs/search", {
    experiment_ids: [experimentId],
    max_results: 1,
    order_by: [`attributes.start_time ${order}`],
  });
  return page.runs?.[0]?.info.start_time ?? 0;
}

const started = performance.now();
let runs: number;
if (split <= 1) {
  runs = await pageThrough(undefined);
} else {
  const [first, last] = await Promise.all([edge("ASC"), edge("DESC")]);
  const width = (last + 1 - first) / split;
  const bounds = Array.from({ length: split + 1 }, (_, i) =>
    i === split ? last + 1 : Math.floor(first + i * width),
  );
  const counts = await Promise.all(
    bounds
      .slice(0, -1)
      .map((low, i) =>
        pageThrough(`attributes.start_time >= ${low} AND attributes.start_time < ${bounds[i + 1]}`),
      ),
  );
  runs = counts.reduce((sum, count) => sum + count, 0);
}
const seconds = (performance.now() - started) / 1000;
await rest.close();
process.stdout.write(`${JSON.stringify({ runs, pages, bytes, split, seconds })}\n`);
