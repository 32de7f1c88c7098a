import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { MAX_AUTO_WAIT_S, createQueryClient, retryDelay, shouldRetry } from './query-client';

const err = (status: number, retryAfter: number | null = null) =>
  new ApiError({ status, errors: [{ message: 'x' }], retryAfter, method: 'GET', path: '/p' });

describe('retry policy', () => {
  it('never retries a 4xx other than 429', () => {
    for (const s of [400, 401, 403, 404, 409, 422]) expect(shouldRetry(0, err(s))).toBe(false);
  });

  it('retries 5xx and network failures twice', () => {
    expect(shouldRetry(0, err(500))).toBe(true);
    expect(shouldRetry(1, err(503))).toBe(true);
    expect(shouldRetry(2, err(500))).toBe(false);
    expect(shouldRetry(0, err(0))).toBe(true);
  });

  it('waits out a short 429 and hands a long one to the user', () => {
    expect(shouldRetry(0, err(429, 3))).toBe(true);
    expect(retryDelay(1, err(429, 3))).toBe(3000);
    expect(shouldRetry(0, err(429, MAX_AUTO_WAIT_S + 1))).toBe(false);
  });

  it('does not retry a response that failed schema validation', () => {
    expect(shouldRetry(0, err(200))).toBe(false);
  });

  it('backs off exponentially up to 8 s', () => {
    expect(retryDelay(1, err(500))).toBe(1000);
    expect(retryDelay(2, err(500))).toBe(2000);
    expect(retryDelay(10, err(500))).toBe(8000);
  });

  it('never retries mutations', async () => {
    const client = createQueryClient();
    let calls = 0;
    const m = client.getMutationCache().build(client, {
      mutationFn: async () => {
        calls++;
        throw err(503);
      },
    });
    await expect(m.execute(undefined)).rejects.toThrow();
    expect(calls).toBe(1);
  });
});
