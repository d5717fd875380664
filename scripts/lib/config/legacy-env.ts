/**
 * The old CLI-based query skill read MLFLOW_HOST, MLFLOW_PORT, MLFLOW_USERNAME and
 * MLFLOW_PASSWORD. They still work when the standard variables are not set, with a notice
 * naming the standard ones, so existing .env files keep working while users move over.
 */
export interface LegacyTranslation {
  env: NodeJS.ProcessEnv;
  notices: string[];
}

export function translateLegacyEnv(env: NodeJS.ProcessEnv): LegacyTranslation {
  const translated: NodeJS.ProcessEnv = { ...env };
  const notices: string[] = [];
  const host = env.MLFLOW_HOST?.trim();

  if (host && !env.MLFLOW_TRACKING_URI?.trim()) {
    const port = env.MLFLOW_PORT?.trim();
    const withScheme = /^https?:\/\//.test(host) ? host : `http://${host}`;
    translated.MLFLOW_TRACKING_URI = port
      ? `${withScheme.replace(/\/+$/, "")}:${port}`
      : withScheme;
    notices.push(
      "MLFLOW_HOST/MLFLOW_PORT are the old skill's names: set MLFLOW_TRACKING_URI " +
        "(for example http://host:5000) instead.",
    );
  }

  const username = env.MLFLOW_USERNAME?.trim();
  const password = env.MLFLOW_PASSWORD?.trim();
  const standardSet = env.MLFLOW_TRACKING_USERNAME?.trim() || env.MLFLOW_TRACKING_PASSWORD?.trim();
  if ((username || password) && !standardSet) {
    if (username) translated.MLFLOW_TRACKING_USERNAME = username;
    if (password) translated.MLFLOW_TRACKING_PASSWORD = password;
    notices.push(
      "MLFLOW_USERNAME/MLFLOW_PASSWORD are the old skill's names: set " +
        "MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD instead.",
    );
  }
  return { env: translated, notices };
}
