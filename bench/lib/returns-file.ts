import { writeFileSync } from "node:fs";

const MS_PER_DAY = 86_400_000;

/**
 * A CSV of `rows` daily returns on weekdays from 2015-01-02, normally distributed (0.03% mean,
 * 1% deviation) from a fixed seed, so every run of the benchmark logs the same backtest.
 */
export function writeDailyReturns(path: string, rows: number): void {
  const draw = normal(20_250_101);
  const lines = ["date,return"];
  for (let t = Date.parse("2015-01-02T00:00:00Z"); lines.length <= rows; t += MS_PER_DAY) {
    const weekday = new Date(t).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const date = new Date(t).toISOString().slice(0, 10);
    lines.push(`${date},${(0.0003 + 0.01 * draw()).toPrecision(10)}`);
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

/** Standard normal draws (Box-Muller) from a seeded mulberry32 generator. */
function normal(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return (((x ^ (x >>> 14)) >>> 0) + 0.5) / 4_294_967_296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}
