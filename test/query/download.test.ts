import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";

import { uploadArtifact } from "../../scripts/lib/mlflow/artifacts.ts";
import { testClient } from "../helpers/client.ts";
import { uniqueExperimentName } from "../helpers/experiments.ts";
import { parseResult, runScript } from "../helpers/run-script.ts";

const client = testClient();
const folder = mkdtempSync(join(tmpdir(), "download-"));
afterAll(() => client.close());

describe("query_runs download", () => {
  it("copies an artifact of a run, byte for byte, to the file asked", async () => {
    const { experiment } = await client.getOrCreateExperiment(uniqueExperimentName("download"));
    const run = await client.createRun({ experimentId: experiment.experimentId });
    const content = "<html><body>tearsheet ✓</body></html>";
    await uploadArtifact(
      client.transport,
      run.info.artifactUri!,
      "reports/tearsheet.html",
      content,
      "text/html",
    );
    const file = join(folder, "copy.html");

    const result = await runScript(
      "query_runs.ts",
      ["download", run.info.runId, "reports/tearsheet.html", "--output", file, "--format", "json"],
      { MLFLOW_TRACKING_URI: inject("mlflowUrl") },
    );

    expect(result.code, result.stderr).toBe(0);
    expect(parseResult(result.stdout)).toMatchObject({
      status: "ok",
      file,
      bytes: Buffer.byteLength(content),
    });
    expect(readFileSync(file, "utf8")).toBe(content);
  });

  it("writes the artifact's bytes alone to stdout with --output -", async () => {
    const { experiment } = await client.getOrCreateExperiment(
      uniqueExperimentName("download-stdout"),
    );
    const run = await client.createRun({ experimentId: experiment.experimentId });
    const content = "date,equity\n2024-01-02,1.01\n";
    await uploadArtifact(
      client.transport,
      run.info.artifactUri!,
      "series.csv",
      content,
      "text/csv",
    );

    const result = await runScript(
      "query_runs.ts",
      ["download", run.info.runId, "series.csv", "--output", "-"],
      { MLFLOW_TRACKING_URI: inject("mlflowUrl") },
    );

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(content);

    // JSON on stdout would mix with the file's bytes, so the pair is refused before any request.
    const mixed = await runScript(
      "query_runs.ts",
      ["download", run.info.runId, "series.csv", "--output", "-", "--format", "json"],
      { MLFLOW_TRACKING_URI: inject("mlflowUrl") },
    );
    expect(mixed.code).toBe(2);
    expect(parseResult(mixed.stdout).error.message).toContain("--format json cannot go with it");
  });

  it("names the missing artifact when the path does not exist", async () => {
    const { experiment } = await client.getOrCreateExperiment(
      uniqueExperimentName("download-missing"),
    );
    const run = await client.createRun({ experimentId: experiment.experimentId });

    const result = await runScript(
      "query_runs.ts",
      ["download", run.info.runId, "nope.html", "--output", join(folder, "x"), "--format", "json"],
      { MLFLOW_TRACKING_URI: inject("mlflowUrl") },
    );

    expect(result.code).toBe(2);
    expect(parseResult(result.stdout).error.message).toContain('no artifact "nope.html"');
  });
});
