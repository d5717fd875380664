import { describe, expect, it } from "vitest";

import { BATCH_LIMITS, forEachConcurrently, splitBatch } from "../../scripts/lib/mlflow/batch.ts";

const params = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ key: `p${i}`, value: `${i}` }));
const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `t${i}`, value: `${i}` }));
const metrics = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ key: "equity", value: i, timestamp: 1000 + i, step: i }));

describe("splitBatch", () => {
  it("keeps every request within the server's limits (1000 metrics, 100 params, 100 tags, 1000 items)", () => {
    const requests = splitBatch({ metrics: metrics(2500), params: params(150), tags: tags(250) });

    for (const request of requests) {
      expect(request.metrics.length).toBeLessThanOrEqual(BATCH_LIMITS.metrics);
      expect(request.params.length).toBeLessThanOrEqual(BATCH_LIMITS.params);
      expect(request.tags.length).toBeLessThanOrEqual(BATCH_LIMITS.tags);
      const items = request.metrics.length + request.params.length + request.tags.length;
      expect(items).toBeLessThanOrEqual(BATCH_LIMITS.total);
    }
  });

  it("sends every item exactly once and in the order given", () => {
    const payload = { metrics: metrics(2500), params: params(150), tags: tags(250) };
    const requests = splitBatch(payload);

    expect(requests.flatMap((r) => r.metrics)).toEqual(payload.metrics);
    expect(requests.flatMap((r) => r.params)).toEqual(payload.params);
    expect(requests.flatMap((r) => r.tags)).toEqual(payload.tags);
  });

  it("needs two requests for 150 params: 100 then 50", () => {
    const requests = splitBatch({ metrics: [], params: params(150), tags: [] });

    expect(requests.map((r) => r.params.length)).toEqual([100, 50]);
  });

  it("fills the room params and tags leave with metrics: 100 + 100 + 800 in the first request", () => {
    const requests = splitBatch({ metrics: metrics(1000), params: params(100), tags: tags(100) });

    expect(requests[0]?.metrics.length).toBe(800);
    expect(requests[1]?.metrics.length).toBe(200);
  });

  it("sends nothing for an empty payload", () => {
    expect(splitBatch({ metrics: [], params: [], tags: [] })).toEqual([]);
  });
});

describe("forEachConcurrently", () => {
  it("never has more than `limit` calls under way, and makes every call", async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];

    await forEachConcurrently([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      done.push(item);
      running -= 1;
    });

    expect(most).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("starts nothing new after a failure and throws the first error", async () => {
    const started: number[] = [];

    const outcome = forEachConcurrently([1, 2, 3, 4, 5], 1, async (item) => {
      started.push(item);
      if (item === 2) throw new Error("boom at 2");
    });

    await expect(outcome).rejects.toThrow("boom at 2");
    expect(started).toEqual([1, 2]);
  });
});
