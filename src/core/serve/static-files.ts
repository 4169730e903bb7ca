import { extname, isAbsolute, join, normalize, relative, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export function mimeTypeFor(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file under `root`, or null when it must not be served: `..` (raw or
 * percent-encoded, once or twice), absolute paths, backslashes, NUL bytes. Decoding happens
 * once; anything still holding `%` after that is refused rather than decoded again, so
 * double-encoding cannot smuggle a traversal. Shared by app:// (Electron) and `npm run serve`.
 */
export function resolveStaticPath(root: string, pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.includes('%')) return null;
  if (path.split('/').some((segment) => segment === '..')) return null;
  const relativePath = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/u, '');
  if (isAbsolute(relativePath)) return null;
  const base = normalize(root);
  const file = normalize(join(base, relativePath));
  const rel = relative(base, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return file;
}
