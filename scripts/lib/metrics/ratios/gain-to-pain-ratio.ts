import { type CalendarUnit } from "../helpers/calendar.ts";
import { calendarSums } from "../helpers/calendar-returns.ts";
import { pairwiseSum } from "../helpers/pairwise-sum.ts";
import { select } from "../helpers/select.ts";

/**
 * Gain to pain ratio (Jack Schwager): Σ r / |Σ of the negative period sums|, where returns are
 * first summed (not compounded) per UTC calendar day, or per month for `"month"`. Unitless.
 * NaN without a losing period.
 *
 * Convention: QuantStats' `gain_to_pain_ratio(returns, rf, "D")` ("Gain/Pain Ratio") and with
 * "ME" ("Gain/Pain (1M)"), and agrees with them; like QuantStats, the risk-free rate is not
 * used. Without timestamps each bar counts as its own period.
 *
 * gainToPainRatio(new Float64Array([0.03, -0.01]), null) // => 0.02 / 0.01 = 2
 */
export function gainToPainRatio(
  returns: Float64Array,
  timestamps: Float64Array | null,
  unit: CalendarUnit = "day",
): number {
  const periodSums = timestamps === null ? returns : calendarSums(returns, timestamps, unit);
  const pain = Math.abs(pairwiseSum(select(periodSums, (sum) => sum < 0)));
  if (pain === 0) return NaN;

  return pairwiseSum(periodSums) / pain;
}
