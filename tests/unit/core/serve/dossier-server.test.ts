import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectBridge, startDossierServer, type DossierServer } from '../../../../src/core/serve/dossier-server';
import { checkRequest } from '../../../../src/core/serve/request-guard';
import type { HandlerTable } from '../../../../src/shared/api';
import { DossierError } from '../../../../src/shared/result';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so the test can send any Host/Origin a browser or an attacker would. */
function send(server: DossierServer, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const table = {
  getCorpusInfo: async () => ({ documentCount: 1 }),
  getDocument: async (id: string) => {
    throw new DossierError('not-found', `No document with id "${id}".`);
  },
} as unknown as HandlerTable;

describe('npm run serve: the HTTP transport', () => {
  let root: string;
  let server: DossierServer;
  const logged: string[] = [];
  const call = (channel: string, args: unknown[], headers: Record<string, string> = {}) =>
    send(server, `/__dossier/call/${channel}`, {
      method: 'POST',
      headers: { origin: server.origin, 'x-dossier-token': server.token, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ args }),
    });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'dossier-serve-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="./app.js"></script></head><body></body></html>');
    writeFileSync(join(root, 'app.js'), 'console.log(1)');
    server = await startDossierServer({ rendererRoot: root, bridgeScript: 'window.x = DOSSIER_SERVE;', handlers: () => table, log: { path: '/tmp/x.log', warn: (l) => logged.push(l), error: (l) => logged.push(l) } });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('listens on loopback at a random port, with a long per-launch token in the URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/u);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the page with the token, the app CSP, the bridge before the app script, and a token cookie', async () => {
    const reply = await send(server, `/?token=${server.token}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.body.indexOf('/__dossier/bridge.js')).toBeLessThan(reply.body.indexOf('./app.js'));
    expect(String(reply.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/u);
  });

  it('serves scripts to the page by its cookie, and the bridge with this launch’s token and channels', async () => {
    const cookie = `dossier-token-${server.port}=${server.token}`;
    expect((await send(server, '/app.js', { headers: { cookie } })).status).toBe(200);
    const bridge = await send(server, '/__dossier/bridge.js', { headers: { cookie } });
    expect(bridge.body).toContain(server.token);
    expect(bridge.body).toContain('"getDocument"');
  });

  it('refuses a request without the token, or with a wrong one, and logs it', async () => {
    expect((await send(server, '/')).status).toBe(403);
    expect((await send(server, '/app.js')).status).toBe(403);
    expect((await send(server, '/__dossier/bridge.js')).status).toBe(403);
    expect((await send(server, '/?token=wrong')).status).toBe(403);
    expect((await send(server, '/', { headers: { cookie: `dossier-token-${server.port}=wrong` } })).status).toBe(403);
    expect((await call('getCorpusInfo', [], { 'x-dossier-token': 'wrong' })).status).toBe(403);
    expect(logged.some((l) => l.includes('refused') && l.includes('token'))).toBe(true);
  });

  it('refuses a DNS-rebinding Host header even with the right token', async () => {
    const reply = await send(server, `/?token=${server.token}`, { headers: { host: `evil.example:${server.port}` } });
    expect(reply.status).toBe(421);
    expect((await call('getCorpusInfo', [], { host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await send(server, `/?token=${server.token}`, { headers: { host: '127.0.0.1:1' } })).status).toBe(421);
  });

  it('refuses calls from another origin, and calls with no Origin at all', async () => {
    const foreign = await call('getCorpusInfo', [], { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const noOrigin = await send(server, '/__dossier/call/getCorpusInfo', { method: 'POST', headers: { 'x-dossier-token': server.token }, body: '{"args":[]}' });
    expect(noOrigin.status).toBe(403);
    expect((await send(server, `/?token=${server.token}`, { headers: { origin: 'http://127.0.0.1.evil.example' } })).status).toBe(403);
  });

  it('answers a call with the handler’s envelope as JSON', async () => {
    const ok = await call('getCorpusInfo', []);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { documentCount: 1 } });
    const missing = await call('getDocument', ['x']);
    expect(JSON.parse(missing.body)).toEqual({ ok: false, error: { code: 'not-found', message: 'No document with id "x".' } });
  });

  it('validates like IPC: unknown calls, bad arguments and unreadable bodies get invalid-argument', async () => {
    expect(JSON.parse((await call('deleteEverything', [])).body)).toMatchObject({ error: { code: 'invalid-argument' } });
    expect(JSON.parse((await call('getDocument', [42])).body)).toMatchObject({ error: { code: 'invalid-argument' } });
    const garbage = await send(server, '/__dossier/call/getCorpusInfo', {
      method: 'POST',
      headers: { origin: server.origin, 'x-dossier-token': server.token },
      body: 'not json',
    });
    expect(garbage.status).toBe(400);
    expect(JSON.parse(garbage.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('refuses paths outside the renderer and methods it does not serve', async () => {
    const cookie = `dossier-token-${server.port}=${server.token}`;
    expect((await send(server, '/..%2f..%2fetc%2fpasswd', { headers: { cookie } })).status).toBe(404);
    expect((await send(server, '/%252e%252e/secret', { headers: { cookie } })).status).toBe(404);
    expect((await send(server, `/?token=${server.token}`, { method: 'PUT' })).status).toBe(400);
    expect((await send(server, `/__dossier/call/getCorpusInfo?token=${server.token}`)).status).toBe(400);
  });

  it('streams published events to a subscriber holding the token', async () => {
    const frames = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: `/__dossier/events?token=${server.token}`, headers: { host: `127.0.0.1:${server.port}` } },
        (res) => {
          expect(res.headers['content-type']).toMatch(/text\/event-stream/u);
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            body += c;
            if (body.includes('event: searchStatus')) {
              req.destroy();
              resolve(body);
            }
          });
          setTimeout(() => server.publish('searchStatus', { state: 'ready' }), 20);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(frames).toContain('data: {"state":"ready"}');
  });
});

describe('checkRequest', () => {
  const config = { token: 'secret-token', port: 4000 };
  const base = { method: 'GET', url: '/?token=secret-token', host: '127.0.0.1:4000', origin: undefined, cookie: undefined, tokenHeader: undefined };

  it('accepts localhost as well as 127.0.0.1, case-insensitively', () => {
    expect(checkRequest({ ...base, host: 'LOCALHOST:4000' }, config).ok).toBe(true);
  });

  it('refuses a missing Host header', () => {
    expect(checkRequest({ ...base, host: undefined }, config)).toMatchObject({ ok: false, status: 421 });
  });

  it('refuses a token that is only a prefix of the real one', () => {
    expect(checkRequest({ ...base, url: '/?token=secret' }, config)).toMatchObject({ ok: false, status: 403 });
  });
});

describe('injectBridge', () => {
  it('adds the bridge before the first script, or at the end of head when there is none', () => {
    expect(injectBridge('<head><script src="a.js"></script></head>')).toMatch(/bridge\.js"><\/script>\s*<script src="a\.js"/u);
    expect(injectBridge('<head></head>')).toContain('bridge.js"></script></head>');
  });
});
