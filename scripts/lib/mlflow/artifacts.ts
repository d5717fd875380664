import { MlflowApiError } from "./errors.ts";
import type { HttpTransport } from "./http.ts";

/** Why artifacts could not go to this run's store, or undefined when they can. */
export function artifactProxyProblem(artifactUri: string | undefined): string | undefined {
  if (artifactUri === undefined) return "the server gave the run no artifact location";
  if (artifactUri.startsWith("mlflow-artifacts:")) return undefined;
  if (/^https?:/.test(artifactUri)) return undefined;
  return (
    `the run's artifact location is ${artifactUri}, which the client would have to write ` +
    "itself; this skill only uploads through the server's artifact proxy (mlflow-artifacts:, " +
    "on by default since MLflow 2; the server must not run with --no-serve-artifacts)"
  );
}

/**
 * The URL path an artifact of a run is PUT to. For `mlflow-artifacts:/<exp>/<run>/artifacts`
 * the proxy lives at `<tracking URI>/api/2.0/mlflow-artifacts/artifacts/<exp>/<run>/artifacts`.
 * A host written into the artifact URI (`mlflow-artifacts://host/...`) is not supported: the
 * proxy of the tracking server is always used, which is what single-server setups have.
 */
export function artifactPutPath(artifactUri: string, relativePath: string): string {
  const root = artifactUri
    .replace(/^mlflow-artifacts:(\/\/[^/]*)?/, "")
    .replace(/^\/+/, "")
    .replace(/\/+$/, "");
  const encoded = relativePath
    .split("/")
    .map((part) => encodeURIComponent(part))
    .join("/");
  return `/api/2.0/mlflow-artifacts/artifacts/${root}/${encoded}`;
}

/** Uploads one file into a run's artifacts through the server's artifact proxy. */
export async function uploadArtifact(
  transport: HttpTransport,
  artifactUri: string,
  relativePath: string,
  content: Uint8Array | string,
  contentType: string,
): Promise<void> {
  if (/^https?:/.test(artifactUri)) {
    throw new MlflowApiError({
      status: 0,
      errorCode: undefined,
      serverMessage: `artifact location ${artifactUri} is an HTTP store this client does not write`,
      method: "PUT",
      path: relativePath,
      nextStep: "Serve artifacts through the tracking server (mlflow server --serve-artifacts).",
    });
  }
  await transport.send({
    method: "PUT",
    path: artifactPutPath(artifactUri, relativePath),
    body: content,
    contentType,
  });
}

/** Reads one file of a run's artifacts back through the server's artifact proxy. */
export async function downloadArtifact(
  transport: HttpTransport,
  artifactUri: string,
  relativePath: string,
): Promise<Buffer> {
  const response = await transport.send({
    method: "GET",
    path: artifactPutPath(artifactUri, relativePath),
  });
  return response.body;
}
