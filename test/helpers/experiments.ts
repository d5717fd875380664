import { randomUUID } from "node:crypto";

/** A name no other test uses, so every test works in an experiment of its own. */
export function uniqueExperimentName(label: string): string {
  return `test-${label}-${randomUUID().slice(0, 8)}`;
}
