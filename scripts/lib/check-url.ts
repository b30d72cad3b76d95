// The network half of the source-liveness check (the pure half is src/lib/liveness.ts).
// Never throws: every failure comes back as data, so one bad host cannot stop the run.
import type { CheckResult } from '../../src/lib/liveness.ts';

export interface CheckOptions {
  /** Budget for one attempt (HEAD or GET), redirects included. */
  timeoutMs: number;
  /** Injected in tests; the global fetch otherwise. */
  fetchImpl?: typeof fetch;
}

/** Enough hops for http→https→www→canonical; more is a loop or a tracker chain. */
export const MAX_REDIRECTS = 5;

/**
 * A current desktop browser's headers. News sites and regulators often answer bots with 403 or a
 * captcha, which would be reported as dead links that work fine for readers.
 */
export const REQUEST_HEADERS: Readonly<Record<string, string>> = {
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36',
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-language': 'en-GB,en;q=0.9',
};

/**
 * Check one URL: HEAD first (cheap), then GET when HEAD failed or ended in 4xx/5xx, because many
 * servers reject or mishandle HEAD (405, 403, 501, or a plain 404) while serving GET. The GET
 * answer is then the one reported.
 */
export async function checkUrl(url: string, { timeoutMs, fetchImpl = fetch }: CheckOptions): Promise<CheckResult> {
  const head = await attempt(url, 'HEAD', timeoutMs, fetchImpl);
  if (head.kind === 'response' && head.status < 400) return head;
  return attempt(url, 'GET', timeoutMs, fetchImpl);
}

/**
 * Check every URL with at most `concurrency` requests in flight. Results come back in the order of
 * `urls`; `onResult` fires as each one finishes (for progress output).
 */
export function checkAll(
  urls: readonly string[],
  {
    concurrency,
    onResult,
    ...options
  }: CheckOptions & { concurrency: number; onResult?: (result: CheckResult) => void },
): Promise<CheckResult[]> {
  return mapPool(urls, concurrency, async (url) => {
    const result = await checkUrl(url, options);
    onResult?.(result);
    return result;
  });
}

/**
 * A bounded pool: `limit` workers each take the next item until none is left. `fn` must not
 * throw (checkUrl does not); the first rejection would reject the whole pool.
 */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency must be a positive integer, got ${limit}`);
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    // Taking the index is synchronous, so two workers never take the same item.
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * One method, following redirects by hand (`redirect: 'manual'`) so each Location is seen and the
 * final address can be reported. One timer covers the whole chain.
 */
async function attempt(
  url: string,
  method: 'HEAD' | 'GET',
  timeoutMs: number,
  fetchImpl: typeof fetch,
): Promise<CheckResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetchImpl(current, {
        method,
        redirect: 'manual',
        headers: REQUEST_HEADERS,
        signal: controller.signal,
      });
      // The body is never needed; cancelling it frees the connection instead of downloading a page.
      response.body?.cancel().catch(() => {});
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400)
        return { kind: 'response', url, status: response.status, finalUrl: current, method };
      if (location === null)
        return {
          kind: 'failure',
          url,
          message: `${method} ${current} answered ${response.status} without a Location header`,
        };
      if (hop === MAX_REDIRECTS)
        return { kind: 'failure', url, message: `more than ${MAX_REDIRECTS} redirects (last to ${current})` };
      current = new URL(location, current).href;
    }
  } catch (error) {
    const message = controller.signal.aborted ? `timed out after ${timeoutMs} ms` : describeFetchError(error);
    return { kind: 'failure', url, message };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Node's fetch says only "fetch failed"; the cause holds the useful part ("getaddrinfo ENOTFOUND
 * example.org", "certificate has expired"). Prefix the code when the message does not include it.
 */
export function describeFetchError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as Error & { code?: unknown }).code;
  if (typeof code === 'string' && !cause.message.includes(code)) return `${code}: ${cause.message}`;
  return cause.message || cause.name;
}
