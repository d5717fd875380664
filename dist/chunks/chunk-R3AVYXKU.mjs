#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
var e=`Environment (also read from .env.local in the current folder or the skill folder):
  MLFLOW_TRACKING_URI       the server (default http://127.0.0.1:5000, the local server);
                            credentials written in it are sent as Basic auth, never shown
  MLFLOW_TRACKING_USERNAME, MLFLOW_TRACKING_PASSWORD   Basic auth
  MLFLOW_TRACKING_TOKEN     Bearer token (used when no Basic credentials are set)
  MLFLOW_TRACKING_SERVER_CERT_PATH   CA bundle (PEM) for a server signed by a private CA
  MLFLOW_TRACKING_CLIENT_CERT_PATH   client certificate and key (one PEM file)
  MLFLOW_TRACKING_INSECURE_TLS       true skips TLS verification (testing only)
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY  proxies
  MLFLOW_HTTP_REQUEST_MAX_RETRIES (default 5), MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR (default 1),
  MLFLOW_HTTP_REQUEST_TIMEOUT (seconds, default 120)
  MLFLOW_HOST, MLFLOW_PORT, MLFLOW_USERNAME, MLFLOW_PASSWORD   the old skill's names, still read
  MLFLOW_SKILL_LOG_LEVEL    error, warn, info (default) or debug; logs go to stderr`;export{e as a};
