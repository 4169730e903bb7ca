/**
 * The result envelope every IPC handler returns. Errors carry a stable code and a
 * human message, never a stack trace: the renderer is untrusted and only needs to
 * know what to tell the user.
 */
export type ErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'too-large'
  | 'conflict'
  | 'storage'
  | 'unavailable'
  | 'forbidden'
  | 'internal';

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** Thrown by core services and by the bridge; `code` survives the IPC boundary. */
export class DossierError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'DossierError';
    this.code = code;
  }
}

export function isDossierError(e: unknown): e is DossierError {
  return e instanceof Error && e.name === 'DossierError' && typeof (e as DossierError).code === 'string';
}
