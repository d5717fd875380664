import { describe, expect, it } from "vitest";

import { decodeMetricValue, encodeJson } from "../../scripts/lib/mlflow/json-codec.ts";

describe("encodeJson", () => {
  it('spells NaN and infinities as protobuf JSON does: "NaN", "Infinity", "-Infinity"', () => {
    const body = encodeJson({ values: [Number.NaN, Infinity, -Infinity, 1.5] });

    expect(body).toBe('{"values":["NaN","Infinity","-Infinity",1.5]}');
  });
});

describe("decodeMetricValue", () => {
  it("reads the strings MLflow sends back as numbers", () => {
    expect(decodeMetricValue("NaN")).toBeNaN();
    expect(decodeMetricValue("Infinity")).toBe(Infinity);
    expect(decodeMetricValue("-Infinity")).toBe(-Infinity);
    expect(decodeMetricValue(0.25)).toBe(0.25);
  });

  it("reads ±DBL_MAX, the SQL store's stand-in for ±Inf, as ±Infinity", () => {
    // 1.7976931348623157e308 is what MLflow 3.17's SQLite store returned for a logged +Inf
    // (seen in the integration test of the client against the real server).
    expect(decodeMetricValue(1.7976931348623157e308)).toBe(Infinity);
    expect(decodeMetricValue(-1.7976931348623157e308)).toBe(-Infinity);
  });
});
