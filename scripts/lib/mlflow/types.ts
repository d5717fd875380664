/** The shapes the MLflow REST API exchanges, as this client exposes them. */

export interface Param {
  key: string;
  value: string;
}

export interface Tag {
  key: string;
  value: string;
}

export interface MetricPoint {
  key: string;
  value: number;
  /** Milliseconds since the epoch. */
  timestamp: number;
  step: number;
}

export type RunStatus = "RUNNING" | "SCHEDULED" | "FINISHED" | "FAILED" | "KILLED";
export type ViewType = "ACTIVE_ONLY" | "DELETED_ONLY" | "ALL";

export interface Experiment {
  experimentId: string;
  name: string;
  artifactLocation: string | undefined;
  lifecycleStage: string;
  creationTime: number | undefined;
  lastUpdateTime: number | undefined;
  tags: Record<string, string>;
}

export interface RunInfo {
  runId: string;
  runName: string | undefined;
  experimentId: string;
  userId: string | undefined;
  status: RunStatus;
  startTime: number | undefined;
  endTime: number | undefined;
  artifactUri: string | undefined;
  lifecycleStage: string;
}

export interface DatasetInput {
  name: string;
  digest: string;
  sourceType: string;
  source: string;
  schema: string | undefined;
  profile: string | undefined;
  tags: Record<string, string>;
}

export interface Run {
  info: RunInfo;
  /** The latest value of each metric. */
  metrics: Record<string, number>;
  params: Record<string, string>;
  tags: Record<string, string>;
  datasets: DatasetInput[];
}

export interface ArtifactFile {
  path: string;
  isDir: boolean;
  fileSize: number | undefined;
}
