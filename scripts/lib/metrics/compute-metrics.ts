import { alpha } from "./benchmark/alpha.ts";
import { beta } from "./benchmark/beta.ts";
import { correlation } from "./benchmark/correlation.ts";
import { informationRatio } from "./benchmark/information-ratio.ts";
import { rSquared } from "./benchmark/r-squared.ts";
import { treynorRatio } from "./benchmark/treynor-ratio.ts";
import { kurtosis } from "./distribution/kurtosis.ts";
import { skew } from "./distribution/skew.ts";
import { avgDrawdown } from "./drawdown/avg-drawdown.ts";
import { avgDrawdownDays } from "./drawdown/avg-drawdown-days.ts";
import { longestDrawdownDays } from "./drawdown/longest-drawdown-days.ts";
import { maxDrawdown } from "./drawdown/max-drawdown.ts";
import { ulcerIndex } from "./drawdown/ulcer-index.ts";
import { calendarReturns } from "./helpers/calendar-returns.ts";
import type { CalendarUnit } from "./helpers/calendar.ts";
import { monthToDate } from "./periods/month-to-date.ts";
import { trailingCagr } from "./periods/trailing-cagr.ts";
import { trailingReturn } from "./periods/trailing-return.ts";
import { yearToDate } from "./periods/year-to-date.ts";
import { adjustedSortino } from "./ratios/adjusted-sortino.ts";
import { calmarRatio } from "./ratios/calmar-ratio.ts";
import { commonSenseRatio } from "./ratios/common-sense-ratio.ts";
import { cpcIndex } from "./ratios/cpc-index.ts";
import { gainToPainRatio } from "./ratios/gain-to-pain-ratio.ts";
import { kellyCriterion } from "./ratios/kelly-criterion.ts";
import { omegaRatio } from "./ratios/omega-ratio.ts";
import { outlierLossRatio } from "./ratios/outlier-loss-ratio.ts";
import { outlierWinRatio } from "./ratios/outlier-win-ratio.ts";
import { payoffRatio } from "./ratios/payoff-ratio.ts";
import { probabilisticRatio } from "./ratios/probabilistic-ratio.ts";
import { profitFactor } from "./ratios/profit-factor.ts";
import { profitRatio } from "./ratios/profit-ratio.ts";
import { recoveryFactor } from "./ratios/recovery-factor.ts";
import { riskAdjustedReturn } from "./ratios/risk-adjusted-return.ts";
import { riskReturnRatio } from "./ratios/risk-return-ratio.ts";
import { serenityIndex } from "./ratios/serenity-index.ts";
import { sharpeRatio } from "./ratios/sharpe-ratio.ts";
import { sortinoRatio } from "./ratios/sortino-ratio.ts";
import { tailRatio } from "./ratios/tail-ratio.ts";
import { ulcerPerformanceIndex } from "./ratios/ulcer-performance-index.ts";
import { avgLoss } from "./returns/avg-loss.ts";
import { avgReturn } from "./returns/avg-return.ts";
import { avgWin } from "./returns/avg-win.ts";
import { best } from "./returns/best.ts";
import { cagr } from "./returns/cagr.ts";
import { consecutiveLosses } from "./returns/consecutive-losses.ts";
import { consecutiveWins } from "./returns/consecutive-wins.ts";
import { expectedReturn } from "./returns/expected-return.ts";
import { exposure } from "./returns/exposure.ts";
import { totalReturn } from "./returns/total-return.ts";
import { winRate } from "./returns/win-rate.ts";
import { worst } from "./returns/worst.ts";
import { autocorrPenalty } from "./risk/autocorr-penalty.ts";
import { conditionalValueAtRisk } from "./risk/conditional-value-at-risk.ts";
import { historicalConditionalValueAtRisk } from "./risk/historical-conditional-value-at-risk.ts";
import { riskOfRuin } from "./risk/risk-of-ruin.ts";
import { valueAtRisk } from "./risk/value-at-risk.ts";
import { volatility } from "./risk/volatility.ts";
import type { MetricOptions, MetricSet, ReturnSeries } from "./types.ts";

/** Look-back windows of the report's trailing rows, in calendar months (QuantStats' choices). */
const TRAILING_MONTHS = { three_month: 3, six_month: 6, one_year: 12 } as const;
const TRAILING_ANNUALISED_MONTHS = { three_year_ann: 35, five_year_ann: 59, ten_year_ann: 119 };

/**
 * Every metric of the module for one return series, keyed by its snake_case name (the list, with
 * formulas and units, is in references/metrics.md). Values are fractions, never percentages.
 *
 * When a metric is undefined for the input (no losing bar for a ratio that divides by losses,
 * no timestamps for a calendar metric, a constant series for a ratio over its deviation) its
 * value is NaN, or ±Infinity where the division is by an exact 0; nothing throws and nothing is
 * replaced by 0. The benchmark, when given, must already be aligned on the series' bars (see
 * `alignOnCommonTimestamps`); it adds beta, alpha, correlation, r_squared, information_ratio and
 * treynor_ratio.
 */
export function computeMetrics(
  series: ReturnSeries,
  options: MetricOptions & { benchmark?: ReturnSeries },
): MetricSet {
  const { returns, timestamps } = series;
  const { periodsPerYear: P, riskFreeRate: rf } = options;
  const ratio = { riskFreeRate: rf, periodsPerYear: P };
  const smart = { ...ratio, smart: true };
  const byCalendar = (unit: CalendarUnit): Float64Array =>
    timestamps === null ? new Float64Array(0) : calendarReturns(returns, timestamps, unit);
  const calendarMetric = (unit: CalendarUnit, metric: (r: Float64Array) => number): number =>
    timestamps === null ? NaN : metric(byCalendar(unit));

  const metrics: MetricSet = {
    // returns
    total_return: totalReturn(returns),
    cagr: cagr(returns, P),
    exposure: exposure(returns),
    avg_return: avgReturn(returns),
    avg_win: avgWin(returns),
    avg_loss: avgLoss(returns),
    best_day: best(returns),
    worst_day: worst(returns),
    best_month: calendarMetric("month", best),
    worst_month: calendarMetric("month", worst),
    best_year: calendarMetric("year", best),
    worst_year: calendarMetric("year", worst),
    avg_up_month: calendarMetric("month", avgWin),
    avg_down_month: calendarMetric("month", avgLoss),
    expected_daily: expectedReturn(returns),
    expected_monthly: calendarMetric("month", expectedReturn),
    expected_yearly: calendarMetric("year", expectedReturn),
    win_rate: winRate(returns),
    win_month: calendarMetric("month", winRate),
    win_quarter: calendarMetric("quarter", winRate),
    win_year: calendarMetric("year", winRate),
    consecutive_wins: consecutiveWins(returns),
    consecutive_losses: consecutiveLosses(returns),
    // periods
    mtd: monthToDate(returns, timestamps),
    three_month: trailingReturn(returns, timestamps, TRAILING_MONTHS.three_month),
    six_month: trailingReturn(returns, timestamps, TRAILING_MONTHS.six_month),
    ytd: yearToDate(returns, timestamps),
    one_year: trailingReturn(returns, timestamps, TRAILING_MONTHS.one_year),
    three_year_ann: trailingCagr(returns, timestamps, TRAILING_ANNUALISED_MONTHS.three_year_ann, P),
    five_year_ann: trailingCagr(returns, timestamps, TRAILING_ANNUALISED_MONTHS.five_year_ann, P),
    ten_year_ann: trailingCagr(returns, timestamps, TRAILING_ANNUALISED_MONTHS.ten_year_ann, P),
    // risk
    volatility: volatility(returns, P),
    var: valueAtRisk(returns),
    cvar: conditionalValueAtRisk(returns),
    cvar_historical: historicalConditionalValueAtRisk(returns),
    risk_of_ruin: riskOfRuin(returns),
    autocorr_penalty: autocorrPenalty(returns),
    // drawdown
    max_drawdown: maxDrawdown(returns),
    avg_drawdown: avgDrawdown(returns, timestamps),
    avg_drawdown_days: avgDrawdownDays(returns, timestamps),
    longest_dd_days: longestDrawdownDays(returns, timestamps),
    ulcer_index: ulcerIndex(returns),
    // distribution
    skew: skew(returns),
    kurtosis: kurtosis(returns),
    // ratios
    sharpe_ratio: sharpeRatio(returns, ratio),
    smart_sharpe: sharpeRatio(returns, smart),
    sortino_ratio: sortinoRatio(returns, ratio),
    smart_sortino: sortinoRatio(returns, smart),
    adjusted_sortino: adjustedSortino(returns, ratio),
    smart_adjusted_sortino: adjustedSortino(returns, smart),
    probabilistic_sharpe_ratio: probabilisticRatio(returns, rf, P, "sharpe"),
    probabilistic_sortino_ratio: probabilisticRatio(returns, rf, P, "sortino"),
    probabilistic_adjusted_sortino_ratio: probabilisticRatio(returns, rf, P, "adjusted_sortino"),
    omega_ratio: omegaRatio(returns, rf, P),
    calmar_ratio: calmarRatio(returns, P),
    gain_to_pain_ratio: gainToPainRatio(returns, timestamps, "day"),
    gain_to_pain_1m: timestamps === null ? NaN : gainToPainRatio(returns, timestamps, "month"),
    ulcer_performance_index: ulcerPerformanceIndex(returns, rf),
    serenity_index: serenityIndex(returns, rf),
    risk_adjusted_return: riskAdjustedReturn(returns, rf, P),
    risk_return_ratio: riskReturnRatio(returns),
    recovery_factor: recoveryFactor(returns),
    payoff_ratio: payoffRatio(returns),
    profit_ratio: profitRatio(returns),
    profit_factor: profitFactor(returns),
    cpc_index: cpcIndex(returns),
    common_sense_ratio: commonSenseRatio(returns),
    tail_ratio: tailRatio(returns),
    outlier_win_ratio: outlierWinRatio(returns),
    outlier_loss_ratio: outlierLossRatio(returns),
    kelly_criterion: kellyCriterion(returns),
  };

  const benchmark = options.benchmark?.returns;
  if (benchmark === undefined) return metrics;
  return {
    ...metrics,
    beta: beta(returns, benchmark),
    alpha: alpha(returns, benchmark, P),
    correlation: correlation(returns, benchmark),
    r_squared: rSquared(returns, benchmark),
    information_ratio: informationRatio(returns, benchmark),
    treynor_ratio: treynorRatio(returns, benchmark, rf),
  };
}
