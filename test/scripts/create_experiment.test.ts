import { afterAll, describe, expect, it } from "vitest";

import { EXIT_CODES } from "../../scripts/lib/errors.ts";
import { testClient } from "../helpers/client.ts";
import { uniqueExperimentName } from "../helpers/experiments.ts";
import { runScriptProcess } from "../query/fixtures.ts";

const client = testClient();
afterAll(() => client.close());

const create = (...args: string[]) => runScriptProcess("create_experiment.ts", args);

describe("create_experiment against the real server", () => {
  it("creates an experiment with its description and tags, read back over REST", async () => {
    const name = uniqueExperimentName("script-create");

    const result = await create(
      "--name",
      name,
      "--description",
      "Momentum sweeps",
      "--tags",
      '{"team": "quant", "version": 2}',
      "--format",
      "json",
    );
    const output = JSON.parse(result.stdout);
    const stored = await client.getExperimentByName(name);

    expect(result.code).toBe(EXIT_CODES.success);
    expect(output).toMatchObject({ status: "ok", action: "created", created: true });
    expect(output.experiment.experiment_id).toBe(stored?.experimentId);
    expect(output.experiment_url).toContain(`/#/experiments/${stored?.experimentId}`);
    // The tag values as given; 2 becomes the string "2", as MLflow stores every tag.
    expect(stored?.tags).toEqual({
      team: "quant",
      version: "2",
      "mlflow.note.content": "Momentum sweeps",
    });
  });

  it("returns the existing experiment the second time, exit 0, saying so", async () => {
    const name = uniqueExperimentName("script-twice");
    const first = JSON.parse((await create("--name", name, "--format", "json")).stdout);

    const second = await create("--name", name);

    expect(second.code).toBe(EXIT_CODES.success);
    expect(second.stdout).toContain(`Found the existing experiment "${name}"`);
    expect(second.stdout).toContain(`id ${first.experiment.experiment_id}`);
  });

  it("refuses a deleted experiment's name with exit 2 and offers --restore, which works", async () => {
    const name = uniqueExperimentName("script-deleted");
    const id = await client.createExperiment(name);
    await client.deleteExperiment(id);

    const refused = await create("--name", name, "--format", "json");
    const restored = await create("--name", name, "--restore", "--format", "json");

    expect(refused.code).toBe(EXIT_CODES.usageOrInput);
    expect(JSON.parse(refused.stdout)).toMatchObject({
      status: "error",
      error: { type: "DeletedExperimentError" },
      details: { experiment_id: id, lifecycle_stage: "deleted" },
    });
    expect(refused.stderr).toContain("--restore");
    expect(restored.code).toBe(EXIT_CODES.success);
    expect(JSON.parse(restored.stdout)).toMatchObject({ action: "restored" });
    expect((await client.getExperiment(id)).lifecycleStage).toBe("active");
  });

  it("refuses bad flags before sending anything", async () => {
    const noName = await create("--format", "json");
    const badTags = await create("--name", uniqueExperimentName("bad-tags"), "--tags", "[1]");
    const tooLong = await create("--name", "x".repeat(501));

    for (const result of [noName, badTags, tooLong]) {
      expect(result.code).toBe(EXIT_CODES.usageOrInput);
    }
    expect(JSON.parse(noName.stdout).error.next_step).toContain("--name");
  });

  it("documents its flags, environment, output and exit codes in --help", async () => {
    const result = await create("--help");

    expect(result.code).toBe(EXIT_CODES.success);
    for (const text of ["--restore", "mlflow.note.content", "MLFLOW_TRACKING_URI", "Exit codes"]) {
      expect(result.stdout).toContain(text);
    }
  });
});
