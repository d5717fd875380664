import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Run } from "../../scripts/lib/mlflow/types.ts";
import {
  type FetchPage,
  StuckPagingError,
  collectPages,
  searchPages,
} from "../../scripts/lib/query/paging.ts";
import { searchRuns } from "../../scripts/lib/query/runs.ts";
import { testClient } from "../helpers/client.ts";
import { uniqueExperimentName } from "../helpers/experiments.ts";
import { createManyRuns, rawPost, rawSearchRunIds } from "./fixtures.ts";

/** Runs in the experiment: enough for several small pages and an uneven last one. */
const RUN_COUNT = 23;

const client = testClient();
let experimentId: string;
/** The server's own order of the runs, read by plain REST paging in beforeAll. */
let serverOrder: string[];

beforeAll(async () => {
  experimentId = await client.createExperiment(uniqueExperimentName("paging"));
  await createManyRuns(client, experimentId, RUN_COUNT);
  serverOrder = await rawSearchRunIds({ experiment_ids: [experimentId] });
});
afterAll(() => client.close());

function recordingFetch(requested: number[]): FetchPage<Run> {
  return (page) => {
    requested.push(page.maxResults);
    return client.searchRuns({ experimentIds: [experimentId], ...page });
  };
}

const ids = (runs: readonly Run[]) => runs.map((run) => run.info.runId);

describe("following page tokens on the real server", () => {
  it("reads every run in pages of 5, in the server's order", async () => {
    const requested: number[] = [];

    const { items, nextPageToken } = await collectPages(recordingFetch(requested), {
      limit: Infinity,
      pageSize: 5,
    });

    expect(serverOrder).toHaveLength(RUN_COUNT);
    expect(ids(items)).toEqual(serverOrder);
    expect(nextPageToken).toBeUndefined();
    // 23 runs in pages of 5: four full pages and one of 3 (the store sends no token after it).
    expect(requested).toEqual([5, 5, 5, 5, 5]);
  });

  it("asks for no more than is still wanted, so the token resumes right after the last run", async () => {
    const requested: number[] = [];

    const first = await collectPages(recordingFetch(requested), { limit: 10, pageSize: 4 });
    const rest = await collectPages(recordingFetch([]), {
      limit: Infinity,
      pageSize: 4,
      pageToken: first.nextPageToken,
    });

    expect(requested).toEqual([4, 4, 2]);
    expect(ids(first.items)).toEqual(serverOrder.slice(0, 10));
    expect(ids(rest.items)).toEqual(serverOrder.slice(10));
  });

  it("hands back no token when the limit lands exactly on the last run", async () => {
    const result = await searchRuns(client, {
      experimentIds: [experimentId],
      viewType: "ACTIVE_ONLY",
      limit: RUN_COUNT,
      pageSize: 5,
    });

    expect(ids(result.runs)).toEqual(serverOrder);
    expect(result.nextPageToken).toBeUndefined();
  });

  it("hands back a token that resumes when more runs match than the limit", async () => {
    const first = await searchRuns(client, {
      experimentIds: [experimentId],
      viewType: "ACTIVE_ONLY",
      limit: 20,
    });
    const rest = await searchRuns(client, {
      experimentIds: [experimentId],
      viewType: "ACTIVE_ONLY",
      limit: 20,
      pageToken: first.nextPageToken,
    });

    expect(first.nextPageToken).toBeDefined();
    expect(ids([...first.runs, ...rest.runs])).toEqual(serverOrder);
    expect(rest.nextPageToken).toBeUndefined();
  });

  it("reads an empty result, which the server sends as {}", async () => {
    const filter = "tags.index = 'no such index'";
    const raw = await rawPost("/api/2.0/mlflow/runs/search", {
      experiment_ids: [experimentId],
      filter,
      max_results: 10,
    });

    const result = await searchRuns(client, {
      experimentIds: [experimentId],
      filter,
      viewType: "ACTIVE_ONLY",
      limit: 100,
    });

    expect(raw).toEqual({});
    expect(result.runs).toEqual([]);
    expect(result.nextPageToken).toBeUndefined();
  });
});

describe("searchPages", () => {
  // A stand-in for a server, for a fault the pinned server does not have: the get-history bug
  // of MLflow 3.1.1 to 3.13 answered empty pages with a token that never moved.
  it("stops with an error when an empty page repeats the token it was asked with", async () => {
    const stuck: FetchPage<number> = async () => ({ items: [], nextPageToken: "same" });

    const pages = searchPages(stuck, { limit: Infinity, pageToken: "same" });

    await expect(pages.next()).rejects.toBeInstanceOf(StuckPagingError);
  });

  it("ends on an empty last page that carries no token", async () => {
    const answers = [
      { items: [1, 2], nextPageToken: "t1" },
      { items: [], nextPageToken: undefined },
    ];
    const fetchPage: FetchPage<number> = async () => answers.shift()!;

    expect(await collectPages(fetchPage, { limit: Infinity, pageSize: 2 })).toEqual({
      items: [1, 2],
      nextPageToken: undefined,
    });
  });
});
