import { InputError } from "../errors.ts";
import { describe, type Source } from "./options.ts";
import { percentText } from "./stats.ts";

/**
 * Simple returns from prices in time order: r[i] = p[i+1] / p[i] - 1, pandas' `pct_change`
 * after dropping missing prices, so a return spans any gap. Refuses a price at or below 0.
 */
export function returnsFromPrices(
  prices: Float64Array,
  where: (i: number) => string,
  source: Source,
): Float64Array {
  const badPrice = prices.findIndex((price) => !(price > 0));
  if (badPrice >= 0) {
    throw new InputError(
      `${describe(source)} ${where(badPrice)}: the price ${prices[badPrice]} is not above 0.`,
      `Fix that row (prices must be positive), or pass ${source.flags.kind} returns if the values are returns.`,
    );
  }

  const returns = new Float64Array(Math.max(prices.length - 1, 0));
  for (let i = 1; i < prices.length; i += 1) {
    returns[i - 1] = (prices[i] as number) / (prices[i - 1] as number) - 1;
  }
  return returns;
}

/**
 * Returns as fractions: the values themselves, or divided by 100 when they are percentages
 * (dividing rounds once, as pandas `/ 100` does; multiplying by 0.01 would not). Refuses a
 * return at or below -100%, which would leave nothing to compound.
 */
export function returnsFromValues(
  values: Float64Array,
  scale: 1 | 0.01,
  where: (i: number) => string,
  source: Source,
): Float64Array {
  const returns = scale === 1 ? Float64Array.from(values) : values.map((value) => value / 100);
  const ruin = returns.findIndex((value) => value <= -1);
  if (ruin >= 0) {
    const percentHint =
      scale === 1
        ? ` If the values are percentages (1.5 meaning 1.5%), pass ${source.flags.scale} percent.`
        : "";
    throw new InputError(
      `${describe(source)} ${where(ruin)}: the return ${values[ruin]} is a loss of ` +
        `${percentText(-(returns[ruin] as number))}, at or below -100%.`,
      `Fix that row: a return cannot lose more than everything.${percentHint}`,
    );
  }
  return returns;
}
