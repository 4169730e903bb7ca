/**
 * The renderer's Content-Security-Policy: only our own origin, no eval, no inline script,
 * no remote anything. Sent as a header by the app:// protocol and kept in index.html so
 * the web host enforces the same policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');
