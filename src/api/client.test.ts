import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { ApiError, apiGet, apiSend, cniGet, parseRetryAfter, withQuery } from './client';

type Call = { url: string; init: RequestInit };

function serve(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(text, { status, headers });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

const thing = z.object({ id: z.string(), count: z.number() });

describe('apiGet', () => {
  it('unwraps the v4 envelope and parses the result', async () => {
    const calls = serve(200, {
      success: true,
      errors: [],
      messages: [],
      result: { id: 'a', count: 2 },
    });
    await expect(
      apiGet('/client/v4/x', { schema: thing, query: { a: 1, b: undefined, c: ['x', 'y'] } }),
    ).resolves.toEqual({
      id: 'a',
      count: 2,
    });
    expect(calls[0]?.url).toBe('/client/v4/x?a=1&c=x&c=y');
    expect(calls[0]?.init.method).toBe('GET');
  });

  it('reads bare CNI bodies without an envelope', async () => {
    serve(200, { id: 'b', count: 0 });
    await expect(cniGet('/client/v4/accounts/1/cni/settings', { schema: thing })).resolves.toEqual({
      id: 'b',
      count: 0,
    });
  });

  it('turns a schema mismatch into an ApiError naming the endpoint and the field', async () => {
    serve(200, { success: true, errors: [], messages: [], result: { id: 'a', count: 'two' } });
    const err = await apiGet('/client/v4/y', { schema: thing }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toContain('GET /client/v4/y');
    expect((err as ApiError).message).toContain('count');
    expect((err as ApiError).message).toContain('expected number, received string');
  });

  it('carries status, Cloudflare codes, pointer and retry-after from a failure', async () => {
    serve(
      429,
      {
        success: false,
        errors: [{ code: 971, message: 'Please wait', source: { pointer: '/x' } }],
        messages: [],
        result: null,
      },
      { 'retry-after': '17' },
    );
    const err = (await apiGet('/client/v4/z', { schema: thing }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(err.status).toBe(429);
    expect(err.retryAfter).toBe(17);
    expect(err.errors).toEqual([{ code: 971, message: 'Please wait', pointer: '/x' }]);
    expect(err.message).toBe('Please wait');
  });

  it('reads Radar 404 bodies and plain text errors', async () => {
    serve(404, { error: 'Not Found.' });
    const a = (await apiGet('/client/v4/radar/entities/asns/1', { schema: thing }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(a.errors[0]?.message).toBe('Not Found.');
    serve(502, 'Bad gateway');
    const b = (await apiGet('/client/v4/a', { schema: thing }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(b.status).toBe(502);
    expect(b.errors[0]?.message).toBe('Bad gateway');
  });

  it('treats success:false with HTTP 200 as an error', async () => {
    serve(200, {
      success: false,
      errors: [{ code: 1000, message: 'nope' }],
      messages: [],
      result: null,
    });
    await expect(apiGet('/client/v4/q', { schema: thing })).rejects.toThrow('nope');
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const err = (await apiGet('/api/session', { schema: thing, raw: true }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(err.status).toBe(0);
    expect(err.message).toContain('Could not reach');
  });
});

describe('apiSend', () => {
  it('sends JSON with the anti-CSRF header', async () => {
    const calls = serve(200, {
      success: true,
      errors: [],
      messages: [],
      result: { id: 'p', count: 1 },
    });
    await apiSend('PATCH', '/client/v4/p', { on_demand: { advertised: true } }, thing);
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers['X-Routedeck-Csrf']).toBe('1');
    expect(headers['Content-Type']).toBe('application/json');
    expect(calls[0]?.init.body).toBe('{"on_demand":{"advertised":true}}');
  });

  it('does not set the anti-CSRF header on reads', async () => {
    const calls = serve(200, {
      success: true,
      errors: [],
      messages: [],
      result: { id: 'p', count: 1 },
    });
    await apiGet('/client/v4/p', { schema: thing });
    expect(Object.keys(calls[0]?.init.headers as object)).not.toContain('X-Routedeck-Csrf');
  });
});

describe('helpers', () => {
  it('parses retry-after as seconds or an HTTP date', () => {
    expect(parseRetryAfter('5')).toBe(5);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30);
  });

  it('appends to an existing query string', () => {
    expect(withQuery('/a?x=1', { y: 'b c' })).toBe('/a?x=1&y=b+c');
    expect(withQuery('/a', {})).toBe('/a');
  });
});
