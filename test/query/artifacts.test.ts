import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { listArtifactTree } from "../../scripts/lib/query/artifacts.ts";
import { describeRun } from "../../scripts/lib/query/describe-run.ts";
import { testClient } from "../helpers/client.ts";
import { seedExperiment, uploadArtifact } from "./fixtures.ts";

const client = testClient();
let runId: string;
let experimentId: string;

// Four files in nested folders, uploaded through the server's artifact proxy.
const FILES: Record<string, string> = {
  "metrics.json": '{"sharpe_ratio": 1.2}',
  "tearsheet.html": "<html></html>",
  "data/returns.csv": "date,ret\n2024-01-02,0.01\n",
  "data/deep/more/notes.txt": "hello",
};

beforeAll(async () => {
  const seeded = await seedExperiment(client, "artifacts", [
    { name: "with-files", startTime: 1_700_000_000_000, metrics: { sharpe_ratio: 1.2 } },
  ]);
  runId = seeded.runs[0]!.runId;
  experimentId = seeded.experimentId;
  for (const [path, content] of Object.entries(FILES)) {
    await uploadArtifact(experimentId, runId, path, content);
  }
});
afterAll(() => client.close());

describe("listArtifactTree on the real server", () => {
  it("lists every file and folder, recursively, sorted by path", async () => {
    const tree = await listArtifactTree(client, runId);

    expect(tree.rootUri).toBe(`mlflow-artifacts:/${experimentId}/${runId}/artifacts`);
    expect(tree.files.map((f) => [f.path, f.isDir])).toEqual([
      ["data", true],
      ["data/deep", true],
      ["data/deep/more", true],
      ["data/deep/more/notes.txt", false],
      ["data/returns.csv", false],
      ["metrics.json", false],
      ["tearsheet.html", false],
    ]);
    // The byte length of the uploaded text.
    expect(tree.files.find((f) => f.path === "metrics.json")?.fileSize).toBe(
      Buffer.byteLength(FILES["metrics.json"]!),
    );
    expect(tree.truncated).toBe(false);
  });

  it("lists under one folder only", async () => {
    const tree = await listArtifactTree(client, runId, "data/deep");
    expect(tree.files.map((f) => f.path)).toEqual(["data/deep/more", "data/deep/more/notes.txt"]);
  });

  it("stops at the entry limit and says so", async () => {
    const tree = await listArtifactTree(client, runId, undefined, 3);
    expect(tree.files).toHaveLength(3);
    expect(tree.truncated).toBe(true);
  });
});

describe("describeRun on the real server", () => {
  it("gives the run with its metrics and its artifact list", async () => {
    const description = await describeRun(client, runId);

    expect(description.run.info.runName).toBe("with-files");
    expect(description.run.metrics).toEqual({ sharpe_ratio: 1.2 });
    expect("files" in description.artifacts && description.artifacts.files).toHaveLength(7);
  });
});
