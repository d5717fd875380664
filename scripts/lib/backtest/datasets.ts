import { basename, resolve } from "node:path";

import type { LoadedSeries, ReturnSeries } from "../input/types.ts";
import type { DatasetPayload } from "../mlflow/inputs.ts";
import { formatTimestamp } from "./payload.ts";

/**
 * The returns file (and benchmark) as MLflow dataset inputs, shaped like the ones MLflow's
 * Python client logs for a pandas frame: a local source URI, a column spec schema, and a
 * profile with the row count and the dates actually measured. The digest is the start of the
 * file's sha256 (MLflow allows 36 characters), so the same file always has the same digest.
 */
export function datasetInputs(
  returns: LoadedSeries,
  measured: ReturnSeries,
  benchmark: LoadedSeries | undefined,
): DatasetPayload[] {
  const datasets = [describeDataset(returns, measured, "backtest")];
  if (benchmark) datasets.push(describeDataset(benchmark, benchmark, "benchmark"));
  return datasets;
}

function describeDataset(
  loaded: LoadedSeries,
  measured: ReturnSeries,
  context: string,
): DatasetPayload {
  const columns = [
    ...(loaded.dateColumn ? [{ type: "datetime", name: loaded.dateColumn, required: true }] : []),
    { type: "double", name: loaded.column, required: true },
  ];
  const timestamps = measured.timestamps;
  return {
    name: basename(loaded.file),
    digest: loaded.sha256.slice(0, 32),
    sourceType: "local",
    source: JSON.stringify({ uri: resolve(loaded.file) }),
    schema: JSON.stringify({ mlflow_colspec: columns }),
    profile: JSON.stringify({
      num_rows: loaded.rows,
      returns_measured: measured.returns.length,
      kind: loaded.kind,
      start: formatTimestamp(timestamps?.[0]),
      end: formatTimestamp(timestamps?.[timestamps.length - 1]),
      sha256: loaded.sha256,
    }),
    tags: { "mlflow.data.context": context },
  };
}
