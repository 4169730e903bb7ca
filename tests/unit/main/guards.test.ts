import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { installPermissionGuards, isOwnOrigin } = await import('../../../src/main/guards');
const { isTrustedSender } = await import('../../../src/main/ipc');

describe('isOwnOrigin', () => {
  it('accepts only app://dossier (and the dev server when one is given)', () => {
    expect(isOwnOrigin('app://dossier/index.html')).toBe(true);
    expect(isOwnOrigin('app://dossier.evil/index.html')).toBe(false);
    expect(isOwnOrigin('https://dossier/')).toBe(false);
    expect(isOwnOrigin('file:///index.html')).toBe(false);
    expect(isOwnOrigin('not a url')).toBe(false);
    expect(isOwnOrigin('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isOwnOrigin('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

describe('installPermissionGuards', () => {
  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: ((...a: unknown[]) => boolean) | undefined;
    installPermissionGuards({
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
    } as never);
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) request!(null, p, (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, false, false]);
    expect(check!(null, 'media', 'app://dossier')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as never;

  it('accepts our top frame only', () => {
    expect(isTrustedSender(frame('app://dossier/index.html'))).toBe(true);
    expect(isTrustedSender(frame('app://dossier/index.html', {}))).toBe(false);
    expect(isTrustedSender(frame('https://evil.example/'))).toBe(false);
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false);
  });
});
