import type { HttpTransport } from "./http.ts";

/** A dataset as MLflow's log-inputs takes it (the fields of its Dataset message). */
export interface DatasetPayload {
  name: string;
  /** At most 36 characters (the server's limit). */
  digest: string;
  sourceType: string;
  /** JSON text, e.g. {"uri": "/data/returns.csv"}. */
  source: string;
  /** JSON text, MLflow's column spec. */
  schema: string;
  /** JSON text: rows and anything else worth a glance. */
  profile: string;
  /** Input tags, e.g. mlflow.data.context. */
  tags: Record<string, string>;
}

/** Records the datasets a run used (MLflow's log-inputs), shown under "Datasets" in its UI. */
export async function logInputs(
  transport: HttpTransport,
  runId: string,
  datasets: DatasetPayload[],
): Promise<void> {
  if (datasets.length === 0) return;
  await transport.json({
    method: "POST",
    path: "/api/2.0/mlflow/runs/log-inputs",
    json: {
      run_id: runId,
      datasets: datasets.map((dataset) => ({
        tags: Object.entries(dataset.tags).map(([key, value]) => ({ key, value })),
        dataset: {
          name: dataset.name,
          digest: dataset.digest,
          source_type: dataset.sourceType,
          source: dataset.source,
          schema: dataset.schema,
          profile: dataset.profile,
        },
      })),
    },
  });
}
