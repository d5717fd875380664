/**
 * The text MLflow's Python client stores for a value: `str(value)`. Runs logged by the old
 * Python skill hold params written this way, so writing them the same way keeps filters such
 * as `params.lookback = '20'` or `params.threshold = '1.0'` matching old and new runs alike.
 */

/**
 * Python's `repr` of a float: the shortest digits that read back as the same double (as in
 * JavaScript), with Python's spelling: a ".0" on integral values, scientific notation from
 * 1e16 up and below 1e-4, a signed two-digit-minimum exponent ("1e-07", "1.5e+16").
 *
 * pythonFloat(1) // => "1.0"; pythonFloat(1.5e-7) // => "1.5e-07"; pythonFloat(NaN) // => "nan"
 */
export function pythonFloat(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";

  const magnitude = Math.abs(value);
  if (magnitude >= 1e16 || magnitude < 1e-4) {
    const [mantissa, exponent] = value.toExponential().split("e") as [string, string];
    const sign = exponent.startsWith("-") ? "-" : "+";
    const digits = exponent.replace(/^[-+]/, "").padStart(2, "0");
    return `${mantissa}e${sign}${digits}`;
  }
  const text = String(value);
  return text.includes(".") ? text : `${text}.0`;
}

/**
 * The number literals of a JSON text, in the order they appear, as written. JSON.parse loses
 * whether `1.0` was written with a point (Python keeps it a float) and the digits of integers
 * past 2^53, so the literals are read from the text itself, skipping strings.
 */
export function numberLiterals(json: string): string[] {
  const literals: string[] = [];
  const number = /-?\d+(\.\d+)?([eE][-+]?\d+)?/y;
  for (let i = 0; i < json.length;) {
    const char = json[i]!;
    if (char === '"') {
      i += 1;
      while (i < json.length && json[i] !== '"') i += json[i] === "\\" ? 2 : 1;
      i += 1;
      continue;
    }
    if (char === "-" || (char >= "0" && char <= "9")) {
      number.lastIndex = i;
      const match = number.exec(json);
      if (match) {
        literals.push(match[0]);
        i = number.lastIndex;
        continue;
      }
    }
    i += 1;
  }
  return literals;
}

/**
 * `str()` of a JSON scalar as Python reads it: an integer literal keeps its digits, a literal
 * with a point or an exponent is a float, true/false/null are True/False/None.
 */
export function pythonStr(value: unknown, literal?: string): string {
  if (value === true) return "True";
  if (value === false) return "False";
  if (value === null) return "None";
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (literal !== undefined && /^-?\d+$/.test(literal)) return literal.replace(/^-0$/, "0");
    return literal !== undefined ? pythonFloat(Number(literal)) : String(value);
  }
  return JSON.stringify(value);
}
