import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the Node entry under tsx and collects what it prints until it exits or prints `until`. */
function run(env: Record<string, string>, until?: RegExp) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      env: { ...process.env, CLOUDFLARE_API_TOKEN: '', CLOUDFLARE_ACCOUNT_ID: '', ...env },
    });
    let out = '';
    const collect = (chunk: Buffer) => {
      out += chunk.toString();
      if (until?.test(out)) child.kill('SIGTERM');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('server/index.ts', () => {
  it('refuses to start on 0.0.0.0 without access control, with the reason, exit 1', async () => {
    const { code, out } = await run({
      HOST: '0.0.0.0',
      BASIC_AUTH_USER: '',
      BASIC_AUTH_PASSWORD_HASH: '',
    });
    expect(code).toBe(1);
    expect(out).toMatch(/Refusing to listen on 0\.0\.0\.0 without access control/);
  }, 30_000);

  it('prints its URL and mode when it starts', async () => {
    const { out } = await run(
      {
        PORT: '0',
        CLOUDFLARE_API_TOKEN: 'tok_never_printed_123',
        CLOUDFLARE_ACCOUNT_ID: '0123456789abcdef0123456789abcdef',
        CLOUDFLARE_API_BASE_URL: 'http://127.0.0.1:9/client/v4',
      },
      /on http/,
    );
    expect(out).toMatch(
      /on http:\/\/127\.0\.0\.1:\d+\/ \(live mode: proxying account 0123456789abcdef0123456789abcdef/,
    );
    expect(out).not.toContain('tok_never_printed_123');
  }, 30_000);
});
