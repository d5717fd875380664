import type { Unit } from "./format.ts";

/** How the tearsheet labels and formats one metric key. */
export interface MetricInfo {
  label: string;
  unit: Unit;
}

/**
 * The keys the tearsheet knows (those `computeMetrics` gives), in groups ordered as a QuantStats
 * report orders its rows. A key missing from a run is skipped; a key not listed here still
 * shows, under "Other", with a label and unit guessed from its name (see `describeMetric`), so
 * a new metric never vanishes from the page.
 */
export const METRIC_GROUPS: ReadonlyArray<{ title: string; keys: Record<string, MetricInfo> }> = [
  {
    title: "Returns",
    keys: {
      total_return: { label: "Cumulative return", unit: "percent" },
      cagr: { label: "CAGR", unit: "percent" },
      exposure: { label: "Time in market", unit: "percent" },
    },
  },
  {
    title: "Risk-adjusted",
    keys: {
      sharpe_ratio: { label: "Sharpe", unit: "ratio" },
      probabilistic_sharpe_ratio: { label: "Prob. Sharpe ratio", unit: "percent" },
      smart_sharpe: { label: "Smart Sharpe", unit: "ratio" },
      sortino_ratio: { label: "Sortino", unit: "ratio" },
      smart_sortino: { label: "Smart Sortino", unit: "ratio" },
      adjusted_sortino: { label: "Sortino/√2", unit: "ratio" },
      smart_adjusted_sortino: { label: "Smart Sortino/√2", unit: "ratio" },
      probabilistic_sortino_ratio: { label: "Prob. Sortino ratio", unit: "percent" },
      probabilistic_adjusted_sortino_ratio: { label: "Prob. Sortino/√2 ratio", unit: "percent" },
      omega_ratio: { label: "Omega", unit: "ratio" },
    },
  },
  {
    title: "Drawdowns and risk",
    keys: {
      max_drawdown: { label: "Max drawdown", unit: "percent" },
      longest_dd_days: { label: "Longest drawdown days", unit: "days" },
      volatility: { label: "Volatility (ann.)", unit: "percent" },
      calmar_ratio: { label: "Calmar", unit: "ratio" },
      skew: { label: "Skew", unit: "ratio" },
      kurtosis: { label: "Kurtosis", unit: "ratio" },
      ulcer_performance_index: { label: "Ulcer performance index", unit: "ratio" },
      risk_adjusted_return: { label: "Risk-adjusted return", unit: "percent" },
      risk_return_ratio: { label: "Risk-return ratio", unit: "ratio" },
      autocorr_penalty: { label: "Autocorrelation penalty", unit: "ratio" },
    },
  },
  {
    title: "Expected returns and tails",
    keys: {
      avg_return: { label: "Avg. return", unit: "percent" },
      avg_win: { label: "Avg. win", unit: "percent" },
      avg_loss: { label: "Avg. loss", unit: "percent" },
      payoff_ratio: { label: "Payoff (win/loss) ratio", unit: "ratio" },
      profit_ratio: { label: "Profit ratio", unit: "ratio" },
      expected_daily: { label: "Expected daily (per bar)", unit: "percent" },
      expected_monthly: { label: "Expected monthly", unit: "percent" },
      expected_yearly: { label: "Expected yearly", unit: "percent" },
      kelly_criterion: { label: "Kelly criterion", unit: "percent" },
      risk_of_ruin: { label: "Risk of ruin", unit: "percent" },
      var: { label: "Value-at-risk (per bar)", unit: "percent" },
      cvar: { label: "Expected shortfall (cVaR)", unit: "percent" },
      cvar_historical: { label: "Historical cVaR", unit: "percent" },
    },
  },
  {
    title: "Streaks and ratios",
    keys: {
      consecutive_wins: { label: "Max consecutive wins", unit: "count" },
      consecutive_losses: { label: "Max consecutive losses", unit: "count" },
      gain_to_pain_ratio: { label: "Gain/pain ratio", unit: "ratio" },
      gain_to_pain_1m: { label: "Gain/pain (1M)", unit: "ratio" },
      profit_factor: { label: "Profit factor", unit: "ratio" },
      common_sense_ratio: { label: "Common sense ratio", unit: "ratio" },
      cpc_index: { label: "CPC index", unit: "ratio" },
      tail_ratio: { label: "Tail ratio", unit: "ratio" },
      outlier_win_ratio: { label: "Outlier win ratio", unit: "ratio" },
      outlier_loss_ratio: { label: "Outlier loss ratio", unit: "ratio" },
    },
  },
  {
    title: "Recent periods",
    keys: {
      mtd: { label: "MTD", unit: "percent" },
      three_month: { label: "3M", unit: "percent" },
      six_month: { label: "6M", unit: "percent" },
      ytd: { label: "YTD", unit: "percent" },
      one_year: { label: "1Y", unit: "percent" },
      three_year_ann: { label: "3Y (ann.)", unit: "percent" },
      five_year_ann: { label: "5Y (ann.)", unit: "percent" },
      ten_year_ann: { label: "10Y (ann.)", unit: "percent" },
    },
  },
  {
    title: "Best and worst",
    keys: {
      best_day: { label: "Best day (bar)", unit: "percent" },
      worst_day: { label: "Worst day (bar)", unit: "percent" },
      best_month: { label: "Best month", unit: "percent" },
      worst_month: { label: "Worst month", unit: "percent" },
      best_year: { label: "Best year", unit: "percent" },
      worst_year: { label: "Worst year", unit: "percent" },
    },
  },
  {
    title: "Drawdown details",
    keys: {
      avg_drawdown: { label: "Avg. drawdown", unit: "percent" },
      avg_drawdown_days: { label: "Avg. drawdown days", unit: "days" },
      recovery_factor: { label: "Recovery factor", unit: "ratio" },
      ulcer_index: { label: "Ulcer index", unit: "ratio" },
      serenity_index: { label: "Serenity index", unit: "ratio" },
    },
  },
  {
    title: "Win rates",
    keys: {
      avg_up_month: { label: "Avg. up month", unit: "percent" },
      avg_down_month: { label: "Avg. down month", unit: "percent" },
      win_rate: { label: "Win days (bars)", unit: "percent" },
      win_month: { label: "Win month", unit: "percent" },
      win_quarter: { label: "Win quarter", unit: "percent" },
      win_year: { label: "Win year", unit: "percent" },
    },
  },
  {
    title: "Against the benchmark",
    keys: {
      beta: { label: "Beta", unit: "ratio" },
      alpha: { label: "Alpha (ann.)", unit: "ratio" },
      correlation: { label: "Correlation", unit: "ratio" },
      r_squared: { label: "R²", unit: "ratio" },
      information_ratio: { label: "Information ratio", unit: "ratio" },
      treynor_ratio: { label: "Treynor ratio", unit: "percent" },
    },
  },
];

const KNOWN = new Map(METRIC_GROUPS.flatMap((group) => Object.entries(group.keys)));
const ACRONYMS = new Set(["cagr", "mtd", "qtd", "ytd", "var", "cvar", "dd", "cpc", "ann"]);

/** The label and unit of any key: from the catalog, else guessed from the key's words. */
export function describeMetric(key: string): MetricInfo {
  return KNOWN.get(key) ?? { label: labelFromKey(key), unit: unitFromKey(key) };
}

// Ratio words are tested before return words so that "win_loss_ratio" is not a percentage.
function unitFromKey(key: string): Unit {
  const k = key.toLowerCase();
  if (/(^|_)days?$/.test(k) && !/(best|worst)_day$/.test(k)) return "days";
  if (/consecutive|(^|_)count$|^n_/.test(k)) return "count";
  if (/_date$/.test(k)) return "date";
  if (/ratio|index|factor|sharpe|sortino|omega|calmar|beta|alpha|skew|kurtosis|squared/.test(k)) {
    return "ratio";
  }
  if (/return|cagr|drawdown|volatility|var|win|loss|day|week|month|quarter|year|td$/.test(k)) {
    return "percent";
  }
  if (/(^|_)\d+[my]($|_)|exposure|rate|expected|best|worst|kelly|ruin|correlation/.test(k)) {
    return "percent";
  }
  return "ratio";
}

function labelFromKey(key: string): string {
  const words = key.split(/[_\s]+/).filter((word) => word !== "");
  const shown = words.map((word) =>
    ACRONYMS.has(word.toLowerCase()) || /^\d+[a-z]$/i.test(word) ? word.toUpperCase() : word,
  );
  const text = shown.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
