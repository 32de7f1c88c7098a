/**
 * The global data policy, in one place:
 * - 4xx is an answer, not a hiccup: never retried (429 aside).
 * - 429 waits what `retry-after` asks, when that is short enough to be worth waiting for; a longer
 *   wait (Cloudflare blocks for five minutes past its limit) is shown to the user instead.
 * - Mutations are never retried: a repeated advertise/withdraw or traceroute is not harmless.
 * - Data stays fresh for a minute, so revisiting a page inside that minute sends no request, and
 *   stays in memory for half an hour, so a failed refetch leaves the last good data on screen.
 */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

const STALE_TIME_MS = 60_000;
const GC_TIME_MS = 30 * 60_000;
/** Longest `retry-after` the client waits on its own before handing the error to the user. */
export const MAX_AUTO_WAIT_S = 20;
const MAX_RETRIES = 2;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof ApiError)) return true;
  if (error.status === 429) return (error.retryAfter ?? 1) <= MAX_AUTO_WAIT_S;
  // A 200 that failed schema validation will fail the same way again.
  if (error.status >= 200 && error.status < 300) return false;
  return !error.isClientError;
}

/** Milliseconds before retry number `failureCount` (1-based after the first failure). */
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ApiError && error.status === 429) {
    return Math.min(error.retryAfter ?? 1, MAX_AUTO_WAIT_S) * 1000;
  }
  return Math.min(500 * 2 ** failureCount, 8000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: STALE_TIME_MS,
        gcTime: GC_TIME_MS,
        retry: shouldRetry,
        retryDelay,
      },
      mutations: { retry: false },
    },
  });
}
