import { execFileSync } from 'node:child_process';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { verifyPassword } from './access';
import { ConfigError, loadConfig } from './config';
import { readAudit } from './audit';
import { ACCOUNT, fakeUpstream, liveConfig, sameOrigin } from './proxy/testing';

const hashOf = (password: string) =>
  execFileSync(process.execPath, ['scripts/hash-password.mjs'], {
    input: password,
    encoding: 'utf8',
  }).trim();

const basic = (user: string, pass: string) =>
  `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

// Each case spawns node and runs scrypt: slow on a busy machine.
describe('binding and access control', { timeout: 30_000 }, () => {
  it('refuses to listen on 0.0.0.0 without basic auth, and says why', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(
      /without access control.*BASIC_AUTH_USER/,
    );
  });

  it('hash-password writes a scrypt hash that verifies only the right password', async () => {
    const hash = hashOf('correct horse');
    expect(hash).toMatch(/^scrypt\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct hors', hash)).toBe(false);
    expect(hashOf('correct horse')).not.toBe(hash); // salted
  });

  it('on 0.0.0.0 with basic auth, requests without the right credentials get 401 and nothing upstream', async () => {
    const hash = hashOf('s3cret');
    const config = liveConfig({
      HOST: '0.0.0.0',
      BASIC_AUTH_USER: 'ops',
      BASIC_AUTH_PASSWORD_HASH: hash,
    });
    const fake = fakeUpstream(new Hono().get('*', (c) => c.json({ default_asn: 1 })));
    const app = createApp(config, { fetch: fake.fetch, log: () => undefined });
    const settings = `/client/v4/accounts/${ACCOUNT}/cni/settings`;

    for (const authorization of [
      undefined,
      basic('ops', 'wrong'),
      basic('root', 's3cret'),
      'Basic !!!',
      'Bearer s3cret',
    ]) {
      const headers: Record<string, string> = authorization ? { authorization } : {};
      const res = await app.request(settings, { headers });
      expect(res.status, String(authorization)).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm="routedeck"/);
      expect((await app.request('/api/session', { headers })).status).toBe(401);
    }
    expect(fake.calls).toHaveLength(0);

    const ok = await app.request(settings, { headers: { authorization: basic('ops', 's3cret') } });
    expect(ok.status).toBe(200);
    // The browser's basic-auth header is routedeck's, not Cloudflare's: it is replaced by the token.
    expect(fake.calls[0]!.headers.get('authorization')).toMatch(/^Bearer tok_/);

    // The journal says who made a change.
    await app.request(settings, {
      method: 'PUT',
      headers: { ...sameOrigin, authorization: basic('ops', 's3cret') },
      body: '{"default_asn":64512}',
    });
    expect((await readAudit(config.stateDir, { limit: 1 }))[0]).toMatchObject({
      method: 'PUT',
      user: 'ops',
    });
  });

  it('checks the Host guard before asking for credentials', async () => {
    const config = liveConfig({
      HOST: '0.0.0.0',
      BASIC_AUTH_USER: 'ops',
      BASIC_AUTH_PASSWORD_HASH: hashOf('x'),
    });
    const app = createApp(config, { log: () => undefined });
    expect((await app.request('/api/session', { headers: { host: 'evil.example' } })).status).toBe(
      421,
    );
    // the address it listens on is an allowed name too
    expect((await app.request('/api/session', { headers: { host: '0.0.0.0:8787' } })).status).toBe(
      401,
    );
  });
});
