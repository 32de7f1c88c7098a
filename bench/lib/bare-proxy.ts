/**
 * The baseline for the proxy bench: the least a forwarding hop can do on Node. node:http in, the
 * same undici keep-alive request routedeck uses out, the token added, status, content type and
 * body passed back; no routing framework, allowlist, guards or header filtering. What routedeck
 * costs beyond this is its own code; what this costs beyond a direct call is the hop itself.
 *
 * Run: BARE_PORT=… BARE_UPSTREAM=http://127.0.0.1:…  BARE_TOKEN=… node --import tsx bench/lib/bare-proxy.ts
 */
import http from 'node:http';
import { Agent, request } from 'undici';

const port = Number(process.env.BARE_PORT);
const upstream = process.env.BARE_UPSTREAM ?? '';
const token = process.env.BARE_TOKEN ?? '';
const dispatcher = new Agent({ keepAliveTimeout: 10_000 });

const server = http.createServer((req, res) => {
  request(`${upstream}${req.url ?? '/'}`, {
    method: 'GET',
    headers: { authorization: `Bearer ${token}` },
    dispatcher,
  })
    .then(async (up) => {
      const body = Buffer.from(await up.body.arrayBuffer());
      res.writeHead(up.statusCode, {
        'content-type': String(up.headers['content-type'] ?? 'application/octet-stream'),
        'content-length': body.byteLength,
      });
      res.end(body);
    })
    .catch(() => {
      res.writeHead(502).end();
    });
});
server.listen(port, '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
