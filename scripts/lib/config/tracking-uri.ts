import { ConfigError } from "../errors.ts";

export interface UriCredentials {
  username: string;
  password: string;
}

/**
 * Takes `user:pass@` out of an http(s) tracking URI. Node's fetch refuses URLs that carry
 * credentials, and a URI with a password must never be printed, so the rest of the code only
 * ever sees the cleaned URI. A trailing slash is dropped so paths join cleanly.
 */
export function splitCredentials(rawUri: string): {
  uri: string;
  credentials: UriCredentials | undefined;
} {
  const url = parseTrackingUri(rawUri);
  const credentials =
    url.username !== "" || url.password !== ""
      ? { username: decodeUserinfo(url.username), password: decodeUserinfo(url.password) }
      : undefined;

  url.username = "";
  url.password = "";
  const uri = url.toString().replace(/\/+$/, "");
  return { uri, credentials };
}

function decodeUserinfo(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new ConfigError(
      "The credentials in MLFLOW_TRACKING_URI hold a % that is not an escape (like %40).",
      "URL-encode the user name and password (% as %25, @ as %40, : as %3A), or move them " +
        "to MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD.",
    );
  }
}

function parseTrackingUri(rawUri: string): URL {
  const trimmed = rawUri.trim();
  if (/^databricks(-uc)?(:|$)/i.test(trimmed)) {
    throw new ConfigError(
      "MLFLOW_TRACKING_URI is databricks: these scripts talk to an MLflow tracking server over " +
        "its REST API and do not support Databricks workspaces.",
      "Point MLFLOW_TRACKING_URI at an http(s) MLflow server.",
    );
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new ConfigError(
      `MLFLOW_TRACKING_URI is not a URL: ${JSON.stringify(redactUri(trimmed))}.`,
      "Set it to the server's address, for example http://127.0.0.1:5000.",
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(
      `MLFLOW_TRACKING_URI uses "${url.protocol}", but these scripts talk to a tracking server ` +
        "over HTTP: local stores (file:, sqlite:, a folder) and databricks are not supported.",
      "Point it at an http(s) server, or unset it and start the local server at " +
        "http://127.0.0.1:5000 with `local_server start` (`npm run server` in a checkout).",
    );
  }
  if (url.search !== "" || url.hash !== "") {
    throw new ConfigError(
      "MLFLOW_TRACKING_URI has a query string or fragment, which MLflow does not use.",
      "Remove everything from the first ? or #.",
    );
  }
  return url;
}

/**
 * Hides any password in a string that may hold a URI, for messages about a URI that did not
 * parse. Keeps the user name so the user can tell which value was meant.
 */
export function redactUri(text: string): string {
  return text.replace(/\/\/([^/:@\s]*):([^/\s]*)@/g, "//$1:***@");
}
