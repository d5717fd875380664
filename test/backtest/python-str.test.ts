import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

import { parseJsonRecord } from "../../scripts/lib/backtest/request.ts";
import { numberLiterals, pythonFloat } from "../../scripts/lib/backtest/python-str.ts";
import { MLFLOW_VERSION, SERVER_REQUIREMENTS } from "../../scripts/lib/server/paths.ts";
import { ensurePythonEnv } from "../../scripts/lib/server/python-env.ts";

/**
 * Params must be spelled as MLflow's Python client spells them (`str(value)` of the JSON value
 * json.loads gives), so runs logged by the old Python skill compare equal. The expected text
 * comes from a real Python, fed the same JSON.
 */
let python: string;
beforeAll(async () => {
  python = join(await ensurePythonEnv(`mlflow-${MLFLOW_VERSION}`, SERVER_REQUIREMENTS), "python");
});

function pythonSpelling(json: string): Record<string, string> {
  const script =
    "import json,sys; d=json.loads(sys.argv[1]); print(json.dumps({k: str(v) for k, v in d.items() if not isinstance(v, (list, dict))}))";
  return JSON.parse(execFileSync(python, ["-c", script, json], { encoding: "utf8" }));
}

describe("params spelled as Python's str()", () => {
  it.each([
    '{"lookback": 20, "threshold": 1.0, "tiny": 1.5e-7, "big": 12345678901234567890}',
    '{"huge": 1e16, "neg": -0.0001, "small": 0.0001, "ok": true, "no": false, "none": null}',
    '{"x": 1e22, "y": 2.5E+3, "z": -7, "name": "1.0 as text", "nested": [1.0, 2], "w": 0.1}',
  ])("matches Python for %s", (json) => {
    const ours = parseJsonRecord("--params", json);
    const theirs = pythonSpelling(json);

    for (const [key, text] of Object.entries(theirs)) expect(ours[key], key).toBe(text);
  });

  it("reads number literals in order, skipping numbers inside strings", () => {
    expect(numberLiterals('{"a": "x1.5", "b": -2.50, "c": [3, 4e2]}')).toEqual([
      "-2.50",
      "3",
      "4e2",
    ]);
  });

  it("writes Python's repr of special and scientific floats", () => {
    // Python: repr(1e16) == '1e+16', repr(1.5e-07) == '1.5e-07', repr(123.0) == '123.0'
    expect(pythonFloat(1e16)).toBe("1e+16");
    expect(pythonFloat(1.5e-7)).toBe("1.5e-07");
    expect(pythonFloat(123)).toBe("123.0");
  });

  it("refuses a param value longer than the 6,000 characters MLflow keeps", () => {
    expect(() => parseJsonRecord("--params", JSON.stringify({ note: "x".repeat(6001) }))).toThrow(
      /6001 characters; MLflow keeps 6000/,
    );
  });
});
