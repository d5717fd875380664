import { afterAll, describe, expect, it } from "vitest";

import { MlflowApiError, InvalidKeyError } from "../../scripts/lib/mlflow/errors.ts";
import { SERVERS, testClient } from "../helpers/client.ts";
import { uniqueExperimentName } from "../helpers/experiments.ts";
import { rejectionOf } from "../helpers/rejection.ts";
import { ACCEPTED_KEYS, REFUSED_KEYS } from "./key-cases.ts";

describe.each(SERVERS)("MlflowClient against a real $label server", ({ url }) => {
  const client = testClient({}, url);
  afterAll(() => client.close());

  async function newRun(label: string): Promise<string> {
    const { experiment } = await client.getOrCreateExperiment(uniqueExperimentName(label));
    const run = await client.createRun({ experimentId: experiment.experimentId, runName: label });
    return run.info.runId;
  }

  it("creates an experiment once and finds it again by name", async () => {
    const name = uniqueExperimentName("idempotent");

    const first = await client.getOrCreateExperiment(name);
    const second = await client.getOrCreateExperiment(name);

    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.experiment.experimentId).toBe(first.experiment.experimentId);
  });

  it("answers undefined for an experiment name that does not exist", async () => {
    expect(await client.getExperimentByName(uniqueExperimentName("missing"))).toBeUndefined();
  });

  it("logs 150 params, 120 tags and 2,500 metric points, all read back", async () => {
    const runId = await newRun("big-batch");
    const params = Array.from({ length: 150 }, (_, i) => ({ key: `param_${i}`, value: `v${i}` }));
    const tags = Array.from({ length: 120 }, (_, i) => ({ key: `tag_${i}`, value: `t${i}` }));
    const metrics = Array.from({ length: 2500 }, (_, i) => ({
      key: "equity",
      value: i / 10,
      timestamp: 1_700_000_000_000 + i,
      step: i,
    }));

    const requests = await client.logBatch(runId, { metrics, params, tags });
    const run = await client.getRun(runId);
    const history = await client.getMetricHistory(runId, "equity");

    expect(requests).toBe(3);
    expect(Object.keys(run.params)).toHaveLength(150);
    expect(run.params.param_149).toBe("v149");
    expect(run.tags.tag_119).toBe("t119");
    expect(history).toHaveLength(2500);
    expect(history.at(-1)).toMatchObject({ step: 2499, value: 249.9 });
  });

  it("round-trips NaN, +Infinity and -Infinity metric values as numbers", async () => {
    const runId = await newRun("non-finite");
    const timestamp = Date.now();

    await client.logBatch(runId, {
      metrics: [
        { key: "nan_metric", value: Number.NaN, timestamp, step: 0 },
        { key: "inf_metric", value: Infinity, timestamp, step: 0 },
        { key: "neg_inf_metric", value: -Infinity, timestamp, step: 0 },
      ],
    });
    const run = await client.getRun(runId);

    expect(run.metrics.nan_metric).toBeNaN();
    expect(run.metrics.inf_metric).toBe(Infinity);
    expect(run.metrics.neg_inf_metric).toBe(-Infinity);
  });

  it("marks a run FINISHED with its end time", async () => {
    const runId = await newRun("finish");
    const endTime = Date.now();

    await client.updateRun(runId, { status: "FINISHED", endTime });
    const run = await client.getRun(runId);

    expect(run.info.status).toBe("FINISHED");
    expect(run.info.endTime).toBe(endTime);
  });

  it("agrees with the server on which keys it takes", async () => {
    const runId = await newRun("keys");
    const serverAccepts = async (key: string) => {
      try {
        await client.transport.json({
          method: "POST",
          path: "/api/2.0/mlflow/runs/log-batch",
          json: { run_id: runId, metrics: [{ key, value: 1, timestamp: 1, step: 0 }] },
        });
        return true;
      } catch (error) {
        if (error instanceof MlflowApiError && error.status === 400) return false;
        throw error;
      }
    };

    for (const key of ACCEPTED_KEYS) expect(await serverAccepts(key), key).toBe(true);
    for (const key of REFUSED_KEYS) expect(await serverAccepts(key), key).toBe(false);
  });

  it("refuses a batch with a bad key before sending anything", async () => {
    const runId = await newRun("bad-key");
    const good = { key: "good", value: 1, timestamp: 1, step: 0 };

    await expect(
      client.logBatch(runId, { metrics: [good, { ...good, key: "MAP@k" }] }),
    ).rejects.toBeInstanceOf(InvalidKeyError);
    expect((await client.getRun(runId)).metrics).toEqual({});
  });

  it("keeps the server's status, error code, method and path on an API error", async () => {
    const error = await rejectionOf(client.getRun("0123456789abcdef0123456789abcdef"));

    expect(error).toBeInstanceOf(MlflowApiError);
    expect(error).toMatchObject({
      status: 404,
      errorCode: "RESOURCE_DOES_NOT_EXIST",
      method: "GET",
      path: "/api/2.0/mlflow/runs/get",
    });
    expect(error.message).toMatch(/query_runs/);
  });

  it("reports RESOURCE_ALREADY_EXISTS, which the server sends as 400", async () => {
    const name = uniqueExperimentName("dup");
    await client.createExperiment(name);

    const error = await rejectionOf(client.createExperiment(name));

    expect(error).toMatchObject({ status: 400, errorCode: "RESOURCE_ALREADY_EXISTS" });
  });
});
