import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { EXIT_CODES } from "../../scripts/lib/errors.ts";
import { MlflowApiError } from "../../scripts/lib/mlflow/errors.ts";
import { listExperiments } from "../../scripts/lib/query/experiments.ts";
import { searchRuns } from "../../scripts/lib/query/runs.ts";
import { QuerySyntaxError, explainSearchError } from "../../scripts/lib/query/search-errors.ts";
import { testClient } from "../helpers/client.ts";
import { seedExperiment } from "./fixtures.ts";

const client = testClient();
let experimentId: string;

beforeAll(async () => {
  ({ experimentId } = await seedExperiment(client, "search-errors", [
    { name: "only", startTime: 1_700_000_000_000, metrics: { sharpe_ratio: 1 } },
  ]));
});
afterAll(() => client.close());

async function refusal(filter: string, orderBy: string[] = []): Promise<QuerySyntaxError> {
  const error = await searchRuns(client, {
    experimentIds: [experimentId],
    filter,
    orderBy,
    viewType: "ACTIVE_ONLY",
    limit: 10,
  }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(QuerySyntaxError);
  return error as QuerySyntaxError;
}

describe("explaining the server's refusals of a run search", () => {
  // The server messages quoted in each case are those of the pinned MLflow server, which
  // these tests call; the hints are this skill's own wording.
  it("says there is no OR, with exit code 2 and the server's message kept", async () => {
    const error = await refusal("metrics.a > 1 OR metrics.b < 2");

    expect(error.exitCode).toBe(EXIT_CODES.usageOrInput);
    expect(error.details.server_message).toContain("Invalid clause(s) in filter string: 'OR'");
    expect(error.nextStep).toMatch(/^MLflow filters have no OR and no parentheses/);
    expect(error.nextStep).toContain("AND only");
    expect(error.details.filter).toBe("metrics.a > 1 OR metrics.b < 2");
  });

  it("says parentheses are not allowed", async () => {
    const error = await refusal("metrics.a > 1 AND (metrics.b > 1)");
    expect(error.nextStep).toMatch(/no parentheses/);
  });

  it("explains the operators of each kind of key", async () => {
    expect((await refusal("metrics.a LIKE 1")).nextStep).toMatch(/^That operator does not apply/);
    expect((await refusal("params.a > 'x'")).nextStep).toMatch(/^That operator does not apply/);
    expect((await refusal("status IN ('FINISHED')")).nextStep).toMatch(
      /^IN and NOT IN work on run_id/,
    );
    expect((await refusal("metrics.a IS NULL")).nextStep).toMatch(/^IS NULL and IS NOT NULL/);
  });

  it("explains which values take quotes", async () => {
    expect((await refusal("params.a = 1")).nextStep).toMatch(/^Params, tags and text attributes/);
    expect((await refusal("metrics.a > '1'")).nextStep).toMatch(/^Metrics and times compare/);
  });

  it("names the valid entity types and attributes", async () => {
    expect((await refusal("foo.bar = 'x'")).nextStep).toMatch(/^Prefix keys with metrics\./);
    const attribute = await refusal("attributes.nope = 'x'");
    expect(attribute.nextStep).toMatch(/^A bare key is read as an attribute.*metrics\.nope/);
    expect(attribute.problem).toContain("Invalid attribute key 'nope'");
  });

  it("suggests the metrics. prefix for a metric named bare", async () => {
    const error = await refusal("sharpe_ratio > 1");
    expect(error.problem).toContain("Invalid attribute key 'sharpe_ratio'");
    expect(error.nextStep).toContain("write metrics.sharpe_ratio");
  });

  it("explains a bad order-by term", async () => {
    // A prefixed key followed by a stray word would be read as a key with a space and quoted,
    // so the bare attribute is the term the server gets to refuse.
    const error = await refusal("", ["start_time upward"]);
    expect(error.nextStep).toMatch(/^Each order-by term is one KEY/);
    expect(error.details.order_by).toEqual(["start_time upward"]);
  });

  it("explains a page token the server did not give", async () => {
    const error = await searchRuns(client, {
      experimentIds: [experimentId],
      viewType: "ACTIVE_ONLY",
      limit: 10,
      pageToken: "not-a-token",
    }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect((error as QuerySyntaxError).nextStep).toMatch(/^Pass a --page-token exactly/);
  });
});

describe("explaining refusals of an experiment search", () => {
  it("says experiments know attributes and tags only", async () => {
    const error = await listExperiments(client, {
      filter: "metrics.a > 1",
      viewType: "ACTIVE_ONLY",
      limit: 10,
    }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect((error as QuerySyntaxError).nextStep).toMatch(/^Experiment searches know only/);
  });
});

describe("explainSearchError", () => {
  it("returns errors that are not a refused query unchanged", () => {
    const notFound = new MlflowApiError({
      status: 404,
      errorCode: "RESOURCE_DOES_NOT_EXIST",
      serverMessage: "gone",
      method: "POST",
      path: "/x",
    });
    const badRequestWithoutQuery = new MlflowApiError({
      status: 400,
      errorCode: "INVALID_PARAMETER_VALUE",
      serverMessage: "bad",
      method: "POST",
      path: "/x",
    });

    expect(explainSearchError(notFound, { what: "runs", filter: "a = 1" })).toBe(notFound);
    expect(explainSearchError(badRequestWithoutQuery, { what: "runs" })).toBe(
      badRequestWithoutQuery,
    );
  });
});
