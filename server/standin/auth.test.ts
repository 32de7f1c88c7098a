import { describe, expect, it } from 'vitest';
import { ADDRESSING, CNI, standin } from './fixture.test-helper';

describe('token check', () => {
  const s = () => standin({ requireToken: 'sekret' });

  it('refuses a request without credentials with 403 and code 10000', async () => {
    const res = await s().json(`${ADDRESSING}/prefixes`);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      success: false,
      errors: [{ code: 10000, message: 'Authentication error' }],
      messages: [],
      result: null,
    });
  });

  it('refuses a wrong bearer token and a wrong key', async () => {
    const app = s();
    expect(
      (await app.json(`${ADDRESSING}/prefixes`, { headers: { authorization: 'Bearer nope' } }))
        .status,
    ).toBe(403);
    const key = { 'x-auth-email': 'ops@example.com', 'x-auth-key': 'nope' };
    expect((await app.json(`${ADDRESSING}/prefixes`, { headers: key })).status).toBe(403);
  });

  it('accepts the bearer token, or email + key where the key is the token', async () => {
    const app = s();
    const bearer = await app.json(`${ADDRESSING}/prefixes`, {
      headers: { authorization: 'Bearer sekret' },
    });
    expect(bearer.status).toBe(200);
    const key = await app.json(`${CNI}/settings`, {
      headers: { 'x-auth-email': 'ops@example.com', 'x-auth-key': 'sekret' },
    });
    expect(key.status).toBe(200);
  });

  it('requires nothing when no token is configured', async () => {
    expect((await standin().json(`${ADDRESSING}/prefixes`)).status).toBe(200);
  });

  it('answers 403 code 9109 for another account, enveloped for addressing and bare for CNI', async () => {
    const other = '/client/v4/accounts/0123456789abcdef0123456789abcdef';
    const a = await standin().json(`${other}/addressing/prefixes`);
    expect(a.status).toBe(403);
    expect(a.body).toMatchObject({ success: false, result: null, errors: [{ code: 9109 }] });
    const c = await standin().json(`${other}/cni/settings`);
    expect(c.status).toBe(403);
    expect(c.body).toEqual({
      errors: [{ code: 9109, message: 'Unauthorized to access requested resource' }],
    });
  });
});
