/**
 * The accepted and refused keys here are checked against the real server too, in
 * client.integration.test.ts, where each is logged to the real server, which logs each one and compares.
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
