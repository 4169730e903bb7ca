/**
 * Dossier's one error convention. Core code that fails in a way the user should hear about
 * throws a DossierError (or a subclass naming the case) with a code below and a message
 * written for the reader; anything else thrown is a bug: dispatch logs it to the app log and
 * answers `internal`. Envelopes exist only at the boundary (dispatch, the bridges); inside core
 * nothing returns `{ ok: false }` for an error. (Lists of per-file build failures are data: a
 * build that skipped three files did not fail.)
 *
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

/** Subclasses count; so does a copy from another realm (a worker) that kept the name and code. */
export function isDossierError(e: unknown): e is DossierError {
  if (e instanceof DossierError) return true;
  return e instanceof Error && e.name === 'DossierError' && typeof (e as DossierError).code === 'string';
}
