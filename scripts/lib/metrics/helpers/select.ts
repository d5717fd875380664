/**
 * The values for which `keep` is true, in order, as a new array. Sums over a subset are taken
 * over such a compact copy because that is the order in which pandas adds a masked selection.
 */
export function select(values: ArrayLike<number>, keep: (value: number) => boolean): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (keep(values[i]!)) count++;

  const selected = new Float64Array(count);
  let next = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (keep(value)) selected[next++] = value;
  }
  return selected;
}
