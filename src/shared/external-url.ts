/**
 * The one rule for links that leave the app (a link in a note): only http(s) with a host,
 * or mailto, no credentials, no control characters or whitespace, at most 2,048 characters.
 * Main checks it again before `shell.openExternal`; the renderer uses it to decide what to
 * draw as a link at all.
 */
export const EXTERNAL_URL_MAX = 2048;

export function checkExternalUrl(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > EXTERNAL_URL_MAX) return null;
  // Browsers strip these silently ("java\tscript:"): refuse instead of guessing what was meant.
  if (/[\p{Cc}\s]/u.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return url.pathname.includes('@') ? url.href : null;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}
