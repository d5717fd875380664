/**
 * Keys MLflow takes and refuses. keys.test.ts checks the client's own rule on them, and
 * client.integration.test.ts logs each to the real server and checks the server agrees.
 */
export const ACCEPTED_KEYS = [
  "sharpe_ratio",
  "curves/equity",
  "a.b-c:d e",
  "Ünïcödé_ключ",
  "x".repeat(250),
];
export const REFUSED_KEYS = [
  "MAP@k",
  "f1,score",
  "a//b",
  "/a",
  "a/",
  "./a",
  "a/../b",
  "",
  "x".repeat(251),
];
