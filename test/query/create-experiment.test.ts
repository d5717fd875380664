import { afterAll, describe, expect, it } from "vitest";

import { EXIT_CODES } from "../../scripts/lib/errors.ts";
import { DeletedExperimentError } from "../../scripts/lib/mlflow/errors.ts";
import {
  DESCRIPTION_TAG,
  createOrFindExperiment,
} from "../../scripts/lib/query/create-experiment.ts";
import { testClient } from "../helpers/client.ts";
import { uniqueExperimentName } from "../helpers/experiments.ts";

const client = testClient();
afterAll(() => client.close());

const request = (name: string) => ({ name, tags: {}, restore: false });

describe("createOrFindExperiment on the real server", () => {
  it("creates an experiment with its description, tags and artifact location", async () => {
    const name = uniqueExperimentName("create");
    const location = `mlflow-artifacts:/custom/${name}`;

    const outcome = await createOrFindExperiment(client, {
      ...request(name),
      description: "Momentum sweeps",
      tags: { team: "quant" },
      artifactLocation: location,
    });
    const stored = await client.getExperimentByName(name);

    expect(outcome.action).toBe("created");
    expect(stored?.tags).toEqual({ team: "quant", [DESCRIPTION_TAG]: "Momentum sweeps" });
    expect(stored?.artifactLocation).toBe(location);
  });

  it("returns the existing experiment unchanged the second time, listing what differs", async () => {
    const name = uniqueExperimentName("idempotent");
    const first = await createOrFindExperiment(client, { ...request(name), description: "one" });

    const second = await createOrFindExperiment(client, {
      ...request(name),
      description: "two",
      tags: { team: "quant" },
    });
    const stored = await client.getExperimentByName(name);

    expect(second.action).toBe("exists");
    expect(second.experiment.experimentId).toBe(first.experiment.experimentId);
    expect(second.notApplied).toEqual(["--description", "tag team"]);
    expect(stored?.tags).toEqual({ [DESCRIPTION_TAG]: "one" });
  });

  it("refuses a name held by a deleted experiment, and restores it with restore", async () => {
    const name = uniqueExperimentName("deleted");
    const id = await client.createExperiment(name);
    await client.deleteExperiment(id);

    const refused = await createOrFindExperiment(client, request(name)).catch((e: unknown) => e);
    const restored = await createOrFindExperiment(client, { ...request(name), restore: true });

    expect(refused).toBeInstanceOf(DeletedExperimentError);
    expect((refused as DeletedExperimentError).exitCode).toBe(EXIT_CODES.usageOrInput);
    expect((refused as DeletedExperimentError).nextStep).toContain("--restore");
    expect(restored.action).toBe("restored");
    expect(restored.experiment).toMatchObject({ experimentId: id, lifecycleStage: "active" });
  });

  it("settles two creations of the same name at once on one experiment", async () => {
    const name = uniqueExperimentName("race");

    const outcomes = await Promise.all([
      createOrFindExperiment(client, request(name)),
      createOrFindExperiment(client, request(name)),
    ]);

    expect(new Set(outcomes.map((o) => o.experiment.experimentId)).size).toBe(1);
    expect(outcomes.map((o) => o.action).sort()).toEqual(["created", "exists"]);
  });
});
