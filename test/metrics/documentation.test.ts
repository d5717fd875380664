import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { computeMetrics } from "../../scripts/lib/metrics/index.ts";
import { goldenCase } from "./golden.ts";

const REFERENCE = join(
  resolve(dirname(fileURLToPath(import.meta.url)), "../.."),
  "references",
  "metrics.md",
);

/** The keys named in the first column of the key tables of references/metrics.md. */
function documentedKeys(): string[] {
  const keys: string[] = [];
  for (const line of readFileSync(REFERENCE, "utf8").split("\n")) {
    const firstCell = /^\|\s*(`[a-z0-9_]+`[^|]*)\|/.exec(line)?.[1];
    if (firstCell === undefined) continue;
    for (const match of firstCell.matchAll(/`([a-z0-9_]+)`/g)) keys.push(match[1]!);
  }
  return keys;
}

describe("references/metrics.md", () => {
  it("documents every key computeMetrics returns, and no other", () => {
    const c = goldenCase("small mixed");
    const keys = Object.keys(
      computeMetrics(c.series, { periodsPerYear: 252, riskFreeRate: 0, benchmark: c.benchmark! }),
    );
    expect([...documentedKeys()].sort()).toEqual([...keys].sort());
  });

  it("keeps the 33 legacy keys of the Python skill", () => {
    // Source: the key list of issue 3's brief (the keys users have years of runs with).
    const legacy =
      "sharpe_ratio sortino_ratio calmar_ratio omega_ratio cagr total_return avg_return " +
      "avg_win avg_loss best_day worst_day max_drawdown avg_drawdown avg_drawdown_days " +
      "win_rate profit_factor payoff_ratio consecutive_wins consecutive_losses volatility var " +
      "cvar ulcer_index kelly_criterion recovery_factor risk_of_ruin tail_ratio " +
      "common_sense_ratio cpc_index outlier_win_ratio outlier_loss_ratio skew kurtosis";
    const c = goldenCase("small mixed");
    const keys = computeMetrics(c.series, { periodsPerYear: 252, riskFreeRate: 0 });
    for (const key of legacy.split(" ")) expect(keys, key).toHaveProperty(key);
  });
});
