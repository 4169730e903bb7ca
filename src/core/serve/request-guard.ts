import { timingSafeEqual } from 'node:crypto';

/**
 * Who may talk to `npm run serve`. The server listens on loopback only, but any web page the
 * user opens can still aim requests at 127.0.0.1: a secret token (per launch, in the URL the
 * user opens) proves the caller is our page, the Host check defeats DNS rebinding (a page on
 * evil.example whose name now resolves to 127.0.0.1 still sends `Host: evil.example`), and
 * the Origin check refuses calls a foreign page makes with a stolen token.
 */
export interface GuardConfig {
  token: string;
  port: number;
}

export interface RequestFacts {
  method: string;
  /** Path and query, as in IncomingMessage.url. */
  url: string;
  host: string | undefined;
  origin: string | undefined;
  cookie: string | undefined;
  /** The x-dossier-token header, sent by the page's bridge on every call. */
  tokenHeader: string | undefined;
}

export type Verdict = { ok: true; setCookie: boolean } | { ok: false; status: 400 | 403 | 421; reason: string };

/** The cookie carries the token to the page's scripts and styles; named per port so two servers do not clash. */
export function tokenCookieName(port: number): string {
  return `dossier-token-${port}`;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function sameSecret(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Calls (POST) must come from our page: the token header and our own Origin, both required. */
export function isCallPath(path: string): boolean {
  return path.startsWith('/__dossier/call/');
}

export function checkRequest(facts: RequestFacts, config: GuardConfig): Verdict {
  const hosts = allowedHosts(config.port);
  if (!facts.host || !hosts.includes(facts.host.toLowerCase())) {
    return { ok: false, status: 421, reason: `Host "${(facts.host ?? '').slice(0, 80)}" is not this server` };
  }
  const origins = hosts.map((h) => `http://${h}`);
  if (facts.origin !== undefined && !origins.includes(facts.origin.toLowerCase())) {
    return { ok: false, status: 403, reason: `Origin "${facts.origin.slice(0, 80)}" is not this server` };
  }
  let url: URL;
  try {
    url = new URL(facts.url, 'http://127.0.0.1');
  } catch {
    return { ok: false, status: 400, reason: 'unreadable request URL' };
  }
  if (isCallPath(url.pathname)) {
    if (facts.method !== 'POST') return { ok: false, status: 400, reason: 'calls are POST requests' };
    if (facts.origin === undefined) return { ok: false, status: 403, reason: 'a call without an Origin header' };
    if (!sameSecret(facts.tokenHeader, config.token)) return { ok: false, status: 403, reason: 'a call without the right token' };
    return { ok: true, setCookie: false };
  }
  if (facts.method !== 'GET' && facts.method !== 'HEAD') return { ok: false, status: 400, reason: `method ${facts.method.slice(0, 10)} is not served` };
  if (sameSecret(url.searchParams.get('token'), config.token)) return { ok: true, setCookie: true };
  if (sameSecret(readCookie(facts.cookie, tokenCookieName(config.port)), config.token)) return { ok: true, setCookie: false };
  return { ok: false, status: 403, reason: 'a request without the right token' };
}
