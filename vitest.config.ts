import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/mlflow-server.ts", "test/setup/quantstats-oracle.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
