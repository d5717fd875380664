import type { MetricPoint, Param, Tag } from "./types.ts";

/** The server's log-batch limits (mlflow/utils/validation.py). */
export const BATCH_LIMITS = {
  metrics: 1000,
  params: 100,
  tags: 100,
  total: 1000,
} as const;

export interface BatchPayload {
  metrics: MetricPoint[];
  params: Param[];
  tags: Tag[];
}

/**
 * Cuts a payload into requests the server accepts: params and tags go out first, 100 of each
 * per request, and metrics fill the room left under the 1000-item total. Order is kept within
 * each kind, so a metric's history reaches the server step by step.
 */
export function splitBatch(payload: BatchPayload): BatchPayload[] {
  const requests: BatchPayload[] = [];
  let metricIndex = 0;
  let paramIndex = 0;
  let tagIndex = 0;

  while (
    metricIndex < payload.metrics.length ||
    paramIndex < payload.params.length ||
    tagIndex < payload.tags.length
  ) {
    const params = payload.params.slice(paramIndex, paramIndex + BATCH_LIMITS.params);
    const tags = payload.tags.slice(tagIndex, tagIndex + BATCH_LIMITS.tags);
    const room = Math.min(BATCH_LIMITS.metrics, BATCH_LIMITS.total - params.length - tags.length);
    const metrics = payload.metrics.slice(metricIndex, metricIndex + room);

    requests.push({ metrics, params, tags });
    paramIndex += params.length;
    tagIndex += tags.length;
    metricIndex += metrics.length;
  }
  return requests;
}

/** Log-batch requests one run sends at once (the server and the connection pool allow more). */
export const BATCH_CONCURRENCY = 4;

/**
 * Calls `work` on every item with at most `limit` calls under way. After a failure no new call
 * starts; the calls under way finish, then the first error is thrown.
 */
export async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (failure === undefined && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure) throw failure.error;
}
