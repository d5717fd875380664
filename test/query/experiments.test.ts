import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";

import { EXIT_CODES } from "../../scripts/lib/errors.ts";
import { setLogSink } from "../../scripts/lib/output/logger.ts";
import {
  NotFoundError,
  experimentsForRunView,
  listExperiments,
  resolveExperiments,
  warnAboutDeleted,
} from "../../scripts/lib/query/experiments.ts";
import { testClient } from "../helpers/client.ts";
import { uniqueExperimentName } from "../helpers/experiments.ts";

const client = testClient();
afterAll(() => client.close());

describe("resolveExperiments", () => {
  it("finds experiments by name and by id, once each", async () => {
    const name = uniqueExperimentName("resolve");
    const id = await client.createExperiment(name);

    const found = await resolveExperiments(client, [name, id, name]);

    expect(found.map((e) => [e.experimentId, e.name])).toEqual([[id, name]]);
  });

  it("prefers the experiment named by the text over the one with that id", async () => {
    const target = await client.createExperiment(uniqueExperimentName("by-id"));
    // An experiment whose name is the other one's id: the name must win.
    const namedLikeId = await client.createExperiment(target);

    const [found] = await resolveExperiments(client, [target]);

    expect(found?.experimentId).toBe(namedLikeId);
  });

  it("refuses a name that no experiment has, with the usage exit code", async () => {
    const error = await resolveExperiments(client, [uniqueExperimentName("missing")]).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).exitCode).toBe(EXIT_CODES.usageOrInput);
    expect((error as NotFoundError).nextStep).toContain("query_runs experiments");
  });

  it("finds a deleted experiment and warns that the active view hides its runs", async () => {
    const name = uniqueExperimentName("deleted");
    const id = await client.createExperiment(name);
    await client.deleteExperiment(id);
    const lines: string[] = [];
    const previous = setLogSink((line) => lines.push(line));

    try {
      const found = await resolveExperiments(client, [name]);
      warnAboutDeleted(found, "ACTIVE_ONLY");
      warnAboutDeleted(found, "ALL");

      expect(found[0]?.lifecycleStage).toBe("deleted");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain("--view deleted");
    } finally {
      setLogSink(previous);
    }
  });
});

describe("listExperiments", () => {
  it("filters by name, orders, and pages with a token that resumes", async () => {
    const prefix = `test-list-${randomUUID().slice(0, 8)}`;
    for (const suffix of ["c", "a", "b"]) await client.createExperiment(`${prefix}-${suffix}`);
    const search = {
      filter: `name LIKE '${prefix}-%'`,
      orderBy: ["name ASC"],
      viewType: "ACTIVE_ONLY" as const,
    };

    const first = await listExperiments(client, { ...search, limit: 2 });
    const rest = await listExperiments(client, {
      ...search,
      limit: 2,
      pageToken: first.nextPageToken,
    });

    // The three names created above, in name order.
    expect(first.experiments.map((e) => e.name)).toEqual([`${prefix}-a`, `${prefix}-b`]);
    expect(first.nextPageToken).toBeDefined();
    expect(rest.experiments.map((e) => e.name)).toEqual([`${prefix}-c`]);
    expect(rest.nextPageToken).toBeUndefined();
  });

  it("lists deleted experiments only in the deleted view, and every one a run view covers", async () => {
    const name = uniqueExperimentName("list-deleted");
    const id = await client.createExperiment(name);
    await client.deleteExperiment(id);
    const filter = `name = '${name}'`;

    const active = await listExperiments(client, { filter, viewType: "ACTIVE_ONLY", limit: 10 });
    const deleted = await listExperiments(client, { filter, viewType: "DELETED_ONLY", limit: 10 });
    const forActiveRuns = await experimentsForRunView(client, "ACTIVE_ONLY");
    const forAllRuns = await experimentsForRunView(client, "ALL");

    expect(active.experiments).toEqual([]);
    expect(deleted.experiments.map((e) => e.experimentId)).toEqual([id]);
    expect(forActiveRuns.some((e) => e.experimentId === id)).toBe(false);
    expect(forAllRuns.some((e) => e.experimentId === id)).toBe(true);
  });
});
