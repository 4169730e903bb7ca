import { describe, expect, it, vi } from 'vitest';
import { resolveStaticPath } from '../../../src/core/serve/static-files';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp';

/**
 * One test per Electron hardening guard an adversarial review could remove without any
 * test going red (issue 16). Each assertion here names the guard it holds in place.
 */
vi.mock('electron', () => ({ BrowserWindow: class {} }));
const { installAppWideGuards, installNavigationGuards } = await import('../../../src/main/guards');
const { secureWebPreferences } = await import('../../../src/main/window');

type Handler = (...args: unknown[]) => void;
function fakeContents() {
  const handlers = new Map<string, Handler>();
  let openHandler: ((d: unknown) => unknown) | undefined;
  return {
    handlers,
    open: (details: unknown) => openHandler?.(details),
    contents: {
      on: (event: string, fn: Handler) => handlers.set(event, fn),
      setWindowOpenHandler: (fn: (d: unknown) => unknown) => (openHandler = fn),
    },
  };
}
const prevented = (fire: (event: { preventDefault(): void; url?: string }) => void, url?: string): boolean => {
  let stopped = false;
  fire({ preventDefault: () => (stopped = true), url });
  return stopped;
};

describe('window preferences', () => {
  it('turn off drag-and-drop navigation and the spellchecker (which would send words to a service)', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({ navigateOnDragDrop: false, spellcheck: false });
  });
});

describe('navigation guards', () => {
  it('refuse redirects and frame navigations away from our origin, allow our own', () => {
    const { contents, handlers } = fakeContents();
    installNavigationGuards(contents as never);
    const redirect = handlers.get('will-redirect') as Handler;
    expect(prevented((e) => redirect(e, 'https://evil.example/'))).toBe(true);
    expect(prevented((e) => redirect(e, 'app://dossier/index.html'))).toBe(false);
    const frame = handlers.get('will-frame-navigate') as Handler;
    expect(prevented((e) => frame(e), 'https://evil.example/frame')).toBe(true);
    expect(prevented((e) => frame(e), 'javascript:alert(1)')).toBe(true);
    expect(prevented((e) => frame(e), 'app://dossier/index.html#notes')).toBe(false);
  });

  it('are installed app-wide on every web contents as it is created, not only on our window', () => {
    let created: Handler | undefined;
    installAppWideGuards({ on: (event: string, fn: Handler) => event === 'web-contents-created' && (created = fn) } as never);
    expect(created).toBeTypeOf('function');
    const other = fakeContents();
    created?.({}, other.contents);
    expect(other.open({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    for (const event of ['will-navigate', 'will-redirect']) {
      const fn = other.handlers.get(event) as Handler;
      expect(prevented((e) => fn(e, 'https://evil.example/')), event).toBe(true);
    }
    expect(prevented((e) => (other.handlers.get('will-frame-navigate') as Handler)(e), 'https://evil.example/')).toBe(true);
    expect(prevented((e) => (other.handlers.get('will-attach-webview') as Handler)(e))).toBe(true);
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/u);
      return [name, values] as const;
    }),
  );

  it('allows no inline or eval script or style anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic|\*/u);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it("forbids plugins and frames, and connects only to our own origin", () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('is the one index.html carries, so the web host enforces the same policy', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(new URL('../../../src/renderer/index.html', import.meta.url), 'utf8');
    expect(/http-equiv="Content-Security-Policy" content="([^"]*)"/u.exec(html)?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('app:// path checks, each on its own', () => {
  const root = '/opt/dossier/out/renderer';

  it('the ".." segment check refuses a traversal even where normalising would land inside', () => {
    expect(resolveStaticPath(root, '/assets/../index.html')).toBeNull();
    expect(resolveStaticPath(root, '/assets/%2e%2e/index.html')).toBeNull();
  });

  it('the backslash check refuses Windows separators (a plain file name on POSIX, a traversal on Windows)', () => {
    expect(resolveStaticPath(root, '/..\\..\\secret.txt')).toBeNull();
    expect(resolveStaticPath(root, '/assets\\index.js')).toBeNull();
  });

  it('the containment check refuses the folder itself', () => {
    expect(resolveStaticPath(root, '/.')).toBeNull();
    expect(resolveStaticPath(root, '/./')).toBeNull();
    expect(resolveStaticPath(root, '/index.html')).toBe(`${root}/index.html`);
  });
});

describe('app:// responses', () => {
  it('carry nosniff, so a file is never run as a type it does not claim', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { registerAppProtocol } = await import('../../../src/main/app-protocol');
    const rendererRoot = mkdtempSync(join(tmpdir(), 'dossier-nosniff-'));
    writeFileSync(join(rendererRoot, 'index.html'), '<p>hi</p>');
    let handler: ((request: Request) => Promise<Response>) | undefined;
    registerAppProtocol({ handle: (_scheme: string, fn: typeof handler) => (handler = fn) } as never, rendererRoot);
    const response = await handler!(new Request('app://dossier/index.html'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
