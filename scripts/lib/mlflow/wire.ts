import { z } from "zod";

import { decodeInt64, decodeMetricValue } from "./json-codec.ts";
import type {
  ArtifactFile,
  DatasetInput,
  Experiment,
  MetricPoint,
  Run,
  RunStatus,
} from "./types.ts";

/**
 * Zod schemas for the server's answers, turned into this client's camelCase types. Unknown
 * fields are ignored and omitted ones take their protobuf defaults, as MLflow's own clients do;
 * a field of the wrong type is an error worth reporting, since it means the server is not
 * the MLflow this client knows.
 */

const int64 = z.union([z.number(), z.string()]).optional().transform(decodeInt64);
const keyValues = z
  .array(z.object({ key: z.string(), value: z.string().optional() }))
  .optional()
  .transform((pairs) => Object.fromEntries((pairs ?? []).map((p) => [p.key, p.value ?? ""])));

export const experimentSchema = z
  .object({
    experiment_id: z.string(),
    name: z.string(),
    artifact_location: z.string().optional(),
    lifecycle_stage: z.string().optional(),
    creation_time: int64,
    last_update_time: int64,
    tags: keyValues,
  })
  .transform((e): Experiment => ({
    experimentId: e.experiment_id,
    name: e.name,
    artifactLocation: e.artifact_location,
    lifecycleStage: e.lifecycle_stage ?? "active",
    creationTime: e.creation_time,
    lastUpdateTime: e.last_update_time,
    tags: e.tags,
  }));

export const metricSchema = z
  .object({
    key: z.string(),
    value: z.unknown(),
    timestamp: int64,
    step: int64,
  })
  .transform((m): MetricPoint => ({
    key: m.key,
    value: decodeMetricValue(m.value),
    timestamp: m.timestamp ?? 0,
    step: m.step ?? 0,
  }));

const datasetInputSchema = z
  .object({
    tags: keyValues,
    dataset: z.object({
      name: z.string(),
      digest: z.string().optional(),
      source_type: z.string().optional(),
      source: z.string().optional(),
      schema: z.string().optional(),
      profile: z.string().optional(),
    }),
  })
  .transform((d): DatasetInput => ({
    name: d.dataset.name,
    digest: d.dataset.digest ?? "",
    sourceType: d.dataset.source_type ?? "",
    source: d.dataset.source ?? "",
    schema: d.dataset.schema,
    profile: d.dataset.profile,
    tags: d.tags,
  }));

const runStatus = z.enum(["RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"]);

const runInfoSchema = z.object({
  run_id: z.string().optional(),
  run_uuid: z.string().optional(),
  run_name: z.string().optional(),
  experiment_id: z.string(),
  user_id: z.string().optional(),
  status: runStatus.optional(),
  start_time: int64,
  end_time: int64,
  artifact_uri: z.string().optional(),
  lifecycle_stage: z.string().optional(),
});

export const runSchema = z
  .object({
    info: runInfoSchema,
    data: z
      .object({
        metrics: z.array(metricSchema).optional(),
        params: keyValues,
        tags: keyValues,
      })
      .optional(),
    inputs: z.object({ dataset_inputs: z.array(datasetInputSchema).optional() }).optional(),
  })
  .transform((r): Run => ({
    info: {
      runId: r.info.run_id ?? r.info.run_uuid ?? "",
      runName: r.info.run_name,
      experimentId: r.info.experiment_id,
      userId: r.info.user_id,
      status: (r.info.status ?? "RUNNING") as RunStatus,
      startTime: r.info.start_time,
      endTime: r.info.end_time,
      artifactUri: r.info.artifact_uri,
      lifecycleStage: r.info.lifecycle_stage ?? "active",
    },
    metrics: Object.fromEntries((r.data?.metrics ?? []).map((m) => [m.key, m.value])),
    params: r.data?.params ?? {},
    tags: r.data?.tags ?? {},
    datasets: r.inputs?.dataset_inputs ?? [],
  }));

export const artifactFileSchema = z
  .object({ path: z.string(), is_dir: z.boolean().optional(), file_size: int64 })
  .transform((f): ArtifactFile => ({
    path: f.path,
    isDir: f.is_dir ?? false,
    fileSize: f.file_size,
  }));

export const runInfoOnlySchema = runInfoSchema;
