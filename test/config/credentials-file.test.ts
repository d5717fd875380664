import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readCredentialsFile } from "../../scripts/lib/config/credentials-file.ts";
import { readTrackingSettings } from "../../scripts/lib/config/settings.ts";
import { MLFLOW_VERSION, SERVER_REQUIREMENTS } from "../../scripts/lib/server/paths.ts";
import { ensurePythonEnv } from "../../scripts/lib/server/python-env.ts";

/**
 * ~/.mlflow/credentials, read as MLflow's Python client reads it. The expected username and
 * password come from the pinned MLflow itself (mlflow.utils.credentials.read_mlflow_creds),
 * run with HOME pointing at the same file.
 */
let python: string;
const homes: string[] = [];
beforeAll(async () => {
  python = join(await ensurePythonEnv(`mlflow-${MLFLOW_VERSION}`, SERVER_REQUIREMENTS), "python");
});
afterAll(() => homes.forEach((home) => rmSync(home, { recursive: true, force: true })));

function homeWith(credentials: string): string {
  const home = mkdtempSync(join(tmpdir(), "mlflow-home-"));
  homes.push(home);
  mkdirSync(join(home, ".mlflow"));
  writeFileSync(join(home, ".mlflow", "credentials"), credentials);
  return home;
}

function mlflowReads(home: string): { username: string | null; password: string | null } {
  const script =
    "import json; from mlflow.utils.credentials import read_mlflow_creds as r; c = r(); " +
    "print(json.dumps({'username': c.username, 'password': c.password}))";
  const env = { PATH: process.env.PATH, HOME: home, MLFLOW_DISABLE_TELEMETRY: "true" };
  return JSON.parse(execFileSync(python, ["-c", script], { encoding: "utf8", env }));
}

describe("~/.mlflow/credentials", () => {
  it.each([
    ["a plain file", "[mlflow]\nmlflow_tracking_username = alice\nmlflow_tracking_password = pw\n"],
    [
      "signs configparser keeps: ; and # inside a value, a colon delimiter, upper-case keys, %%",
      "# team server\n[mlflow]\nMLFLOW_TRACKING_USERNAME: bob\n" +
        "mlflow_tracking_password = a;b#c%%d\n\n[other]\nmlflow_tracking_password = no\n",
    ],
    [
      "CRLF line ends",
      "[mlflow]\r\nmlflow_tracking_username=carol\r\nmlflow_tracking_password=x y\r\n",
    ],
  ])("reads %s as MLflow does", (_what, text) => {
    const home = homeWith(text);

    const ours = readCredentialsFile({ HOME: home });
    const theirs = mlflowReads(home);

    expect(ours?.username).toBe(theirs.username ?? undefined);
    expect(ours?.password).toBe(theirs.password ?? undefined);
  });

  it("sends the file's credentials as Basic auth; each variable set in the environment wins", () => {
    const home = homeWith(
      "[mlflow]\nmlflow_tracking_username = alice\nmlflow_tracking_password = pw\n",
    );

    expect(readTrackingSettings({ HOME: home }).auth).toEqual({
      kind: "basic",
      username: "alice",
      password: "pw",
      source: "file",
    });
    expect(
      readTrackingSettings({ HOME: home, MLFLOW_TRACKING_PASSWORD: "env" }).auth,
    ).toMatchObject({
      username: "alice",
      password: "env",
    });
  });

  it("names the file when it holds a username but no password", () => {
    const home = homeWith("[mlflow]\nmlflow_tracking_username = alice\n");

    expect(() => readTrackingSettings({ HOME: home })).toThrow(
      `A tracking username is set (in ${join(home, ".mlflow", "credentials")}) but no password.`,
    );
  });
});
