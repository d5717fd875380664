import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestPki {
  dir: string;
  caCertPath: string;
  serverCert: string;
  serverKey: string;
  caCert: string;
  /** Client certificate and key in one PEM, as MLFLOW_TRACKING_CLIENT_CERT_PATH takes them. */
  clientPemPath: string;
}

/**
 * A throwaway certificate authority with a server certificate for 127.0.0.1 and a client
 * certificate, made with the openssl command line in a temporary folder.
 */
export function createTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), "mlflow-tracking-pki-"));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  const ecKey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];

  openssl(
    "req",
    "-x509",
    ...ecKey,
    "-keyout",
    "ca.key",
    "-out",
    "ca.crt",
    "-days",
    "2",
    "-subj",
    "/CN=mlflow-tracking test CA",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
  );

  const issue = (name: string, extensions: string) => {
    writeFileSync(file(`${name}.ext`), extensions);
    openssl(
      "req",
      ...ecKey,
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.csr`,
      "-subj",
      `/CN=${name}`,
    );
    openssl(
      "x509",
      "-req",
      "-in",
      `${name}.csr`,
      "-CA",
      "ca.crt",
      "-CAkey",
      "ca.key",
      "-CAcreateserial",
      "-out",
      `${name}.crt`,
      "-days",
      "2",
      "-extfile",
      `${name}.ext`,
    );
  };
  issue("server", "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
  issue("client", "extendedKeyUsage=clientAuth\n");

  const clientPemPath = file("client.pem");
  writeFileSync(
    clientPemPath,
    readFileSync(file("client.crt"), "utf8") + readFileSync(file("client.key"), "utf8"),
  );

  return {
    dir,
    caCertPath: file("ca.crt"),
    caCert: readFileSync(file("ca.crt"), "utf8"),
    serverCert: readFileSync(file("server.crt"), "utf8"),
    serverKey: readFileSync(file("server.key"), "utf8"),
    clientPemPath,
  };
}
