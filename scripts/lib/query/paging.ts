import { EXIT_CODES, SkillError } from "../errors.ts";
import type { Page } from "../mlflow/client.ts";

/**
 * Following MLflow's page tokens. The token is opaque (today a base64 offset), so it is only
 * ever passed back as received. Two server habits are handled:
 * - a store may hand out a token whenever a page is full, so the next page can be empty: an
 *   empty page without a token ends the search like any last page;
 * - a server with the get-history bug of 3.1.1 to 3.13 answers an empty page with a token
 *   that never advances; a token repeated on an empty page ends with an error, not a loop.
 */

/** Runs per request: the server's own default page size for run searches. */
export const RUN_PAGE_SIZE = 1000;

export interface PageRequest {
  maxResults: number;
  pageToken: string | undefined;
}

export type FetchPage<T> = (request: PageRequest) => Promise<Page<T>>;

export interface PagingOptions {
  /** The most items wanted in all; Infinity follows the tokens to the end. */
  limit: number;
  /** Items asked for per request. */
  pageSize?: number;
  /** Where to start: a token a previous search returned. */
  pageToken?: string;
}

/**
 * Pages of a search, fetched one at a time as the caller asks for them, so a caller that
 * handles each page and lets it go keeps memory flat. Each request asks for no more than is
 * still wanted, so when `limit` is reached the last page's token resumes exactly after it.
 */
export async function* searchPages<T>(
  fetchPage: FetchPage<T>,
  options: PagingOptions,
): AsyncGenerator<Page<T>> {
  const pageSize = options.pageSize ?? RUN_PAGE_SIZE;
  let pageToken = options.pageToken;
  let fetched = 0;
  while (fetched < options.limit) {
    const maxResults = Math.min(pageSize, options.limit - fetched);
    const page = await fetchPage({ maxResults, pageToken });
    if (page.items.length === 0 && page.nextPageToken !== undefined) {
      if (page.nextPageToken === pageToken) throw new StuckPagingError();
    }
    fetched += page.items.length;
    yield page;
    if (page.nextPageToken === undefined) return;
    pageToken = page.nextPageToken;
  }
}

/** Every item of a search up to `limit`, and the token that resumes after the last one. */
export async function collectPages<T>(
  fetchPage: FetchPage<T>,
  options: PagingOptions,
): Promise<{ items: T[]; nextPageToken: string | undefined }> {
  const items: T[] = [];
  let nextPageToken: string | undefined;
  for await (const page of searchPages(fetchPage, options)) {
    items.push(...page.items);
    nextPageToken = page.nextPageToken;
  }
  return { items, nextPageToken };
}

/**
 * Whether anything follows `pageToken`. A store that hands out a token on every full page
 * would otherwise make "more runs match" a guess; one request for a single item settles it.
 */
export async function hasMore<T>(fetchPage: FetchPage<T>, pageToken: string): Promise<boolean> {
  const probe = await fetchPage({ maxResults: 1, pageToken });
  return probe.items.length > 0;
}

export class StuckPagingError extends SkillError {
  constructor() {
    super(
      "The server answered an empty page with the same page token again, so paging would never end.",
      "This is a known bug of some MLflow 3 servers: upgrade the server, or narrow the search.",
      EXIT_CODES.server,
    );
  }
}
