import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { EXIT_CODES } from "../../scripts/lib/errors.ts";
import { freePort } from "../../scripts/lib/server/mlflow-server.ts";
import { parseResult, runScript } from "../helpers/run-script.ts";

/**
 * local_server as the demo and a user run it: start, status from the right and the wrong data
 * folder, stop. The real pinned MLflow is started on a free port of 127.0.0.1, in the Python
 * environment the test setup already built under MLFLOW_SKILL_HOME.
 */
const scratch = mkdtempSync(join(tmpdir(), "local-server-test-"));
const dataDir = join(scratch, "data");
const otherDir = join(scratch, "other");
const env = process.env.MLFLOW_SKILL_HOME
  ? { MLFLOW_SKILL_HOME: process.env.MLFLOW_SKILL_HOME }
  : {};
const port = String(await freePort());

const localServer = async (...args: string[]) => {
  const result = await runScript("local_server.ts", [...args, "--format", "json"], env);
  return { code: result.code, output: parseResult(result.stdout), stderr: result.stderr };
};

afterAll(async () => {
  await localServer("stop", "--data-dir", dataDir);
  rmSync(scratch, { recursive: true, force: true });
});

describe("local_server start, status and stop", () => {
  it("starts a server that answers, and a second start finds it running", async () => {
    const first = await localServer("start", "--port", port, "--data-dir", dataDir);
    const second = await localServer("start", "--port", port, "--data-dir", dataDir);

    expect(first.code, first.stderr).toBe(0);
    expect(first.output).toMatchObject({
      action: "start",
      url: `http://127.0.0.1:${port}`,
      data_dir: dataDir,
      already_running: false,
    });
    expect(first.output.pid).toBeGreaterThan(0);
    expect(second.output).toMatchObject({ action: "start", already_running: true });
  });

  it("reports the server's pid and data folder when asked from its own folder", async () => {
    const status = await localServer("status", "--port", port, "--data-dir", dataDir);

    expect(status.output).toMatchObject({ healthy: true, data_dir: dataDir });
    expect(status.output.pid).toBeGreaterThan(0);
  });

  it("does not claim a server for a folder it was not started from", async () => {
    const status = await localServer("status", "--port", port, "--data-dir", otherDir);

    expect(status.output).toMatchObject({ healthy: true, pid: null, data_dir: null });
  });

  it("refuses to start for another folder on a port that server holds", async () => {
    const start = await localServer("start", "--port", port, "--data-dir", otherDir);

    expect(start.code).toBe(EXIT_CODES.usageOrInput);
    expect(start.output.error.message).toContain(`not started from ${otherDir}`);
    expect(start.output.error.next_step).toContain(`--port ${Number(port) + 1}`);
  });

  it("refuses a second server for the same folder on another port", async () => {
    const other = String(Number(port) + 2);
    const start = await localServer("start", "--port", other, "--data-dir", dataDir);
    const status = await localServer("status", "--port", other, "--data-dir", dataDir);

    expect(start.code).toBe(EXIT_CODES.usageOrInput);
    expect(start.output.error.message).toContain(`already runs at http://127.0.0.1:${port}`);
    expect(status.code).toBe(EXIT_CODES.usageOrInput);
    expect(status.output.error.message).toContain(`runs at http://127.0.0.1:${port}`);
  });

  it("asks no port for a folder nothing was started from", async () => {
    const status = await localServer("status", "--data-dir", join(scratch, "never"));

    expect(status.output).toMatchObject({ healthy: false, url: null, pid: null });
  });

  it("finds the port the folder's server was started on when --port is left out", async () => {
    const status = await localServer("status", "--data-dir", dataDir);

    expect(status.output).toMatchObject({ url: `http://127.0.0.1:${port}`, healthy: true });
  });

  it("stops it, after which nothing answers", async () => {
    const stop = await localServer("stop", "--data-dir", dataDir);
    const status = await localServer("status", "--port", port, "--data-dir", dataDir);

    expect(stop.output).toMatchObject({ action: "stop", stopped: true });
    expect(status.output).toMatchObject({ healthy: false, pid: null });
  });
});
