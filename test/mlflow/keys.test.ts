import { describe, expect, it } from "vitest";

import { InvalidKeyError } from "../../scripts/lib/mlflow/errors.ts";
import { assertValidKeys, keyProblem } from "../../scripts/lib/mlflow/keys.ts";
import { ACCEPTED_KEYS, REFUSED_KEYS } from "./key-cases.ts";

describe("keyProblem", () => {
  it.each(ACCEPTED_KEYS)("accepts %j", (key) => {
    expect(keyProblem(key)).toBeUndefined();
  });

  it.each(REFUSED_KEYS)("refuses %j", (key) => {
    expect(keyProblem(key)).toBeDefined();
  });
});

describe("assertValidKeys", () => {
  it("lists every bad key in one error, and says how to fix them", () => {
    let caught: unknown;
    try {
      assertValidKeys("metric", ["ok_key", "MAP@k", "f1,score"]);
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(InvalidKeyError);
    expect((caught as InvalidKeyError).badKeys).toEqual(["MAP@k", "f1,score"]);
    expect((caught as Error).message).toMatch(/"MAP@k", "f1,score".*Rename them/);
  });
});
