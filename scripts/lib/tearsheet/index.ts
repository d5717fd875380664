export { renderTearsheet } from "./render.ts";
export type { TearsheetInput } from "./types.ts";
