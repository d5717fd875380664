import { describe, expect, it } from "vitest";

import { ConfigError } from "../../scripts/lib/errors.ts";
import { DEFAULT_TRACKING_URI, readTrackingSettings } from "../../scripts/lib/config/settings.ts";

const SECRET = "s3cr3t-p@ss:word";

function errorOf(env: NodeJS.ProcessEnv): ConfigError {
  try {
    readTrackingSettings(env);
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("readTrackingSettings", () => {
  it("uses the local server when MLFLOW_TRACKING_URI is not set", () => {
    const settings = readTrackingSettings({});

    expect(settings.trackingUri).toBe(DEFAULT_TRACKING_URI);
    expect(settings.usingDefaultUri).toBe(true);
    expect(settings.auth).toEqual({ kind: "none" });
  });

  it("takes credentials out of the URI, decoded, and keeps a clean URI", () => {
    const uri = `http://alice:${encodeURIComponent(SECRET)}@mlflow.internal:5000/prefix/`;
    const settings = readTrackingSettings({ MLFLOW_TRACKING_URI: uri });

    expect(settings.trackingUri).toBe("http://mlflow.internal:5000/prefix");
    expect(settings.auth).toEqual({
      kind: "basic",
      username: "alice",
      password: SECRET,
      source: "uri",
    });
  });

  it("prefers URI credentials, then username and password, then the token (MLflow's order)", () => {
    const both = {
      MLFLOW_TRACKING_USERNAME: "bob",
      MLFLOW_TRACKING_PASSWORD: "pw",
      MLFLOW_TRACKING_TOKEN: "tok",
    };

    expect(readTrackingSettings({ ...both, MLFLOW_TRACKING_URI: "http://u:p@h" }).auth.kind).toBe(
      "basic",
    );
    expect(readTrackingSettings(both).auth).toMatchObject({ kind: "basic", username: "bob" });
    expect(readTrackingSettings({ MLFLOW_TRACKING_TOKEN: "tok" }).auth).toEqual({
      kind: "bearer",
      token: "tok",
    });
  });

  it("refuses a username without a password, naming the missing variable", () => {
    const error = errorOf({ MLFLOW_TRACKING_USERNAME: "bob" });
    expect(error.message).toMatch(/username is set \(in the environment\) but no password/);
    expect(error.nextStep).toMatch(/^Set MLFLOW_TRACKING_PASSWORD/);
  });

  it("refuses a local store URI and says how to get a server", () => {
    const error = errorOf({ MLFLOW_TRACKING_URI: "sqlite:///mlflow.db" });

    expect(error.message).toMatch(/over HTTP/);
    expect(error.nextStep).toMatch(/local_server start/);
  });

  it("never repeats the password of a URI it cannot parse", () => {
    const error = errorOf({ MLFLOW_TRACKING_URI: `http://alice:${SECRET}@bad host` });

    expect(error.message).not.toContain(SECRET);
  });

  it("checks the retry settings against the Python client's limits", () => {
    expect(errorOf({ MLFLOW_HTTP_REQUEST_MAX_RETRIES: "10" }).message).toMatch(/from 0 to 9/);
    expect(errorOf({ MLFLOW_HTTP_REQUEST_TIMEOUT: "soon" }).message).toMatch(/seconds above 0/);
    expect(readTrackingSettings({ MLFLOW_HTTP_REQUEST_TIMEOUT: "2.5" }).retry.timeoutSeconds).toBe(
      2.5,
    );
  });
});
