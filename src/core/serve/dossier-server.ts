import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CHANNELS, type HandlerTable } from '../../shared/api';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import type { Envelope } from '../../shared/result';
import { dispatch, logToAppLog } from '../ipc/dispatch';
import type { AppLog } from '../log/app-log';
import { createEventStream } from './event-stream';
import { checkRequest, isCallPath, tokenCookieName } from './request-guard';
import { mimeTypeFor, resolveStaticPath } from './static-files';

/**
 * `npm run serve`: the renderer and the handler table over loopback HTTP, for a machine
 * without a working Electron and for the e2e web host. Each call is one POST whose body is
 * `{"args": [...]}` and whose answer is the result envelope as JSON — the same envelope IPC
 * carries, from the same `dispatch`. Events go out as server-sent events.
 */
export interface DossierServerOptions {
  /** The built renderer (out/renderer). */
  rendererRoot: string;
  /** The page-side bridge bundle (src/preload/web-entry.ts built for the browser). */
  bridgeScript: string;
  /** The table calls go to; may still be loading (calls wait for it). Asked per call, so a host can swap it. */
  handlers: () => HandlerTable | Promise<HandlerTable>;
  /** 0 (default): a free port chosen by the system. */
  port?: number;
  /** Default: 32 random bytes, new each launch. */
  token?: string;
  /** Refused requests and handler failures go to the app log. Default: stderr. */
  log?: Pick<AppLog, 'warn' | 'error' | 'path'>;
}

export interface DossierServer {
  /** What the user opens: http://127.0.0.1:<port>/?token=<token>. */
  url: string;
  origin: string;
  token: string;
  port: number;
  publish(event: string, payload: unknown): void;
  close(): Promise<void>;
}

export const BRIDGE_PATH = '/__dossier/bridge.js';
export const EVENTS_PATH = '/__dossier/events';
export const CALL_PREFIX = '/__dossier/call/';
/** Import files are at most 20 M UTF-16 units; as UTF-8 JSON that is under 64 MiB. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

const COMMON_HEADERS: Record<string, string> = {
  // The app's policy, plus what only a header can say: no one may frame the page.
  'content-security-policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** Puts the bridge before the app's module script, so window.dossier exists when the app starts. */
export function injectBridge(html: string): string {
  const tag = `<script src="${BRIDGE_PATH}"></script>`;
  const at = html.indexOf('<script');
  return at === -1 ? html.replace('</head>', `${tag}</head>`) : `${html.slice(0, at)}${tag}\n    ${html.slice(at)}`;
}

/** The bridge bundle with this launch's settings in front: only a caller holding the token ever receives it. */
export function bridgeWithConfig(bundle: string, token: string): string {
  const config = JSON.stringify({ token, channels: CHANNELS, callPrefix: CALL_PREFIX, eventsPath: EVENTS_PATH });
  return `(function () {\nvar DOSSIER_SERVE = ${config};\n${bundle}\n})();\n`;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve('too-large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(envelope));
}

function argsFrom(body: Buffer): unknown[] | null {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { args?: unknown };
    return Array.isArray(parsed?.args) ? parsed.args : null;
  } catch {
    return null;
  }
}

export async function startDossierServer(options: DossierServerOptions): Promise<DossierServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const log = options.log ?? {
    path: '',
    warn: (message: string) => console.error(`[dossier] ${message}`),
    error: (message: string, error?: unknown) => console.error(`[dossier] ${message}`, error ?? ''),
  };
  const logFailure = logToAppLog(log);
  const events = createEventStream(COMMON_HEADERS);
  let port = 0;

  async function serveFile(res: ServerResponse, pathname: string, head: boolean, extra: Record<string, string>): Promise<void> {
    if (pathname === BRIDGE_PATH) {
      res.writeHead(200, { ...COMMON_HEADERS, ...extra, 'content-type': 'text/javascript; charset=utf-8' });
      res.end(head ? undefined : bridgeWithConfig(options.bridgeScript, token));
      return;
    }
    const file = resolveStaticPath(options.rendererRoot, pathname);
    let body: Buffer | string;
    try {
      if (!file) throw new Error('refused path');
      body = await readFile(file);
      if (file.endsWith('.html')) body = injectBridge(body.toString('utf8'));
    } catch {
      res.writeHead(404, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { ...COMMON_HEADERS, ...extra, 'content-type': mimeTypeFor(file!) });
    res.end(head ? undefined : body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const verdict = checkRequest(
      {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        host: req.headers.host,
        origin: req.headers.origin,
        cookie: req.headers.cookie,
        tokenHeader: typeof req.headers['x-dossier-token'] === 'string' ? req.headers['x-dossier-token'] : undefined,
      },
      { token, port },
    );
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (!verdict.ok) {
      log.warn(`refused ${String(req.method).slice(0, 10)} ${pathname.slice(0, 120)} (serve): ${verdict.reason}`);
      if (isCallPath(pathname)) {
        sendJson(res, verdict.status, { ok: false, error: { code: 'forbidden', message: 'This call is only accepted from the Dossier window.' } });
      } else {
        res.writeHead(verdict.status, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden: open the address `npm run serve` printed, token included.');
      }
      return;
    }
    if (isCallPath(pathname)) {
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body === 'too-large') {
        sendJson(res, 413, { ok: false, error: { code: 'too-large', message: 'The call is too large to send.' } });
        return;
      }
      const args = argsFrom(body);
      if (!args) {
        sendJson(res, 400, { ok: false, error: { code: 'invalid-argument', message: 'A call body is {"args": [...]}.' } });
        return;
      }
      const channel = decodeURIComponent(pathname.slice(CALL_PREFIX.length));
      sendJson(res, 200, await dispatch(await options.handlers(), channel, args, logFailure));
      return;
    }
    const extra: Record<string, string> = verdict.setCookie
      ? { 'set-cookie': `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/` }
      : {};
    if (pathname === EVENTS_PATH) {
      events.attach(res);
      return;
    }
    await serveFile(res, pathname, req.method === 'HEAD', extra);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error('serve: a request failed', error);
      if (!res.headersSent) res.writeHead(500, COMMON_HEADERS);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: nothing on the network can reach it.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    publish: (event, payload) => events.publish(event, payload),
    close: () =>
      new Promise<void>((resolve) => {
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
