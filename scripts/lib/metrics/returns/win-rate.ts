/**
 * Win rate: the number of positive returns divided by the number of non-zero returns (flat
 * periods count neither way). Given bar returns, the share of winning bars ("Win Days"); given
 * monthly, quarterly or yearly returns (see `calendarReturns`), of winning months, quarters or
 * years. A fraction from 0 to 1.
 *
 * Convention: QuantStats' `win_rate`, and agrees with it, including its answer of 0 when no
 * period moved at all.
 *
 * winRate(new Float64Array([0.01, -0.02, 0, 0.03])) // => 0.6666666666666666
 */
export function winRate(periodReturns: Float64Array): number {
  let wins = 0;
  let moving = 0;
  for (let i = 0; i < periodReturns.length; i++) {
    const r = periodReturns[i]!;
    if (r > 0) wins++;
    if (r !== 0) moving++;
  }
  if (moving === 0) return 0;

  return wins / moving;
}
