import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { readTrackingSettings } from "../../scripts/lib/config/settings.ts";
import { MlflowClient } from "../../scripts/lib/mlflow/client.ts";
import { MlflowConnectionError } from "../../scripts/lib/mlflow/errors.ts";
import { setLogSink } from "../../scripts/lib/output/logger.ts";
import { type TestPki, createTestPki } from "../helpers/certificates.ts";
import { type RunningProxy, startReverseProxy } from "../helpers/proxies.ts";
import { rejectionOf } from "../helpers/rejection.ts";

/**
 * The real MLflow server behind an HTTPS proxy whose certificate comes from a CA this test
 * creates, as a company server signed by its own CA would be.
 */
let pki: TestPki;
let https: RunningProxy;
let mutualTls: RunningProxy;

beforeAll(async () => {
  pki = createTestPki();
  const tls = { key: pki.serverKey, cert: pki.serverCert, ca: pki.caCert };
  https = await startReverseProxy({ target: inject("mlflowUrl"), tls });
  mutualTls = await startReverseProxy({
    target: inject("mlflowUrl"),
    tls: { ...tls, requestClientCert: true },
  });
});
afterAll(async () => {
  await https.close();
  await mutualTls.close();
});

async function listExperiments(env: NodeJS.ProcessEnv) {
  const client = new MlflowClient(
    readTrackingSettings({ MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR: "0", ...env }),
  );
  try {
    return await client.searchExperiments();
  } finally {
    await client.close();
  }
}

describe("TLS to a server signed by a private CA", () => {
  it("refuses the untrusted certificate at once, and says to set the CA bundle", async () => {
    const error = await rejectionOf(listExperiments({ MLFLOW_TRACKING_URI: https.url }));

    expect(error).toBeInstanceOf(MlflowConnectionError);
    expect(error.nextStep).toMatch(/MLFLOW_TRACKING_SERVER_CERT_PATH/);
    expect(https.seen).toHaveLength(0);
  });

  it("connects with MLFLOW_TRACKING_SERVER_CERT_PATH set to the CA", async () => {
    const page = await listExperiments({
      MLFLOW_TRACKING_URI: https.url,
      MLFLOW_TRACKING_SERVER_CERT_PATH: pki.caCertPath,
    });

    expect(page.items.length).toBeGreaterThan(0);
  });

  it("connects with MLFLOW_TRACKING_INSECURE_TLS=true, warning loudly", async () => {
    const lines: string[] = [];
    const previous = setLogSink((line) => lines.push(line));
    try {
      await listExperiments({
        MLFLOW_TRACKING_URI: https.url,
        MLFLOW_TRACKING_INSECURE_TLS: "true",
      });
    } finally {
      setLogSink(previous);
    }

    expect(lines.join("\n")).toMatch(/NOT checked/);
  });

  it("refuses a CA bundle together with MLFLOW_TRACKING_INSECURE_TLS, as MLflow does", () => {
    expect(() =>
      readTrackingSettings({
        MLFLOW_TRACKING_URI: https.url,
        MLFLOW_TRACKING_INSECURE_TLS: "true",
        MLFLOW_TRACKING_SERVER_CERT_PATH: pki.caCertPath,
      }),
    ).toThrow(/contradict/);
  });

  it("presents the client certificate of MLFLOW_TRACKING_CLIENT_CERT_PATH when asked", async () => {
    const page = await listExperiments({
      MLFLOW_TRACKING_URI: mutualTls.url,
      MLFLOW_TRACKING_SERVER_CERT_PATH: pki.caCertPath,
      MLFLOW_TRACKING_CLIENT_CERT_PATH: pki.clientPemPath,
    });

    expect(page.items.length).toBeGreaterThan(0);
  });

  it("fails without the client certificate the server requires", async () => {
    const error = await rejectionOf(
      listExperiments({
        MLFLOW_TRACKING_URI: mutualTls.url,
        MLFLOW_TRACKING_SERVER_CERT_PATH: pki.caCertPath,
        MLFLOW_HTTP_REQUEST_MAX_RETRIES: "0",
      }),
    );

    expect(error).toBeInstanceOf(MlflowConnectionError);
  });
});
