import { readFileSync } from "node:fs";

import { ConfigError } from "../errors.ts";

/** TLS settings for the connection to the tracking server, as Node's tls module takes them. */
export interface TlsSettings {
  /** PEM text of the CA bundle that signs the server (replaces the system's CAs, as in Python). */
  ca?: string;
  /** PEM text holding the client certificate and its private key. */
  cert?: string;
  key?: string;
  /** False only with MLFLOW_TRACKING_INSECURE_TLS=true. */
  rejectUnauthorized: boolean;
}

/**
 * Reads MLFLOW_TRACKING_SERVER_CERT_PATH, MLFLOW_TRACKING_CLIENT_CERT_PATH and
 * MLFLOW_TRACKING_INSECURE_TLS as MLflow's Python client does: a CA bundle and skipping
 * verification together are refused; the client certificate file holds certificate and key.
 */
export function readTlsSettings(env: NodeJS.ProcessEnv): TlsSettings {
  const insecure = readBoolean("MLFLOW_TRACKING_INSECURE_TLS", env.MLFLOW_TRACKING_INSECURE_TLS);
  const caPath = env.MLFLOW_TRACKING_SERVER_CERT_PATH?.trim() || undefined;
  const clientPath = env.MLFLOW_TRACKING_CLIENT_CERT_PATH?.trim() || undefined;

  if (insecure && caPath) {
    throw new ConfigError(
      "MLFLOW_TRACKING_INSECURE_TLS=true and MLFLOW_TRACKING_SERVER_CERT_PATH are both set, " +
        "which contradict each other.",
      "Keep the CA bundle and unset MLFLOW_TRACKING_INSECURE_TLS.",
    );
  }

  const settings: TlsSettings = { rejectUnauthorized: !insecure };
  if (caPath) settings.ca = readPem("MLFLOW_TRACKING_SERVER_CERT_PATH", caPath);
  if (clientPath) {
    const pem = readPem("MLFLOW_TRACKING_CLIENT_CERT_PATH", clientPath);
    if (!/PRIVATE KEY-----/.test(pem) || !/BEGIN CERTIFICATE/.test(pem)) {
      throw new ConfigError(
        `MLFLOW_TRACKING_CLIENT_CERT_PATH (${clientPath}) must hold both the certificate and ` +
          "its private key, in PEM.",
        "Concatenate them into one file: cat client.crt client.key > client.pem.",
      );
    }
    settings.cert = pem;
    settings.key = pem;
  }
  return settings;
}

/** MLflow's boolean spelling: true, false, 1, 0, in any case. */
export function readBoolean(name: string, value: string | undefined): boolean {
  const text = value?.trim().toLowerCase();
  if (text === undefined || text === "") return false;
  if (text === "true" || text === "1") return true;
  if (text === "false" || text === "0") return false;
  throw new ConfigError(
    `${name}=${JSON.stringify(value)} is not a boolean.`,
    `Set it to true or false.`,
  );
}

function readPem(name: string, path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new ConfigError(`${name} points at ${path}, which cannot be read.`, "Check the path.");
  }
}
