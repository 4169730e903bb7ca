import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { resolveRendererPath } = await import('../../../src/main/app-protocol');

const root = '/opt/dossier/out/renderer';

describe('resolveRendererPath', () => {
  it('serves files under the renderer folder', () => {
    expect(resolveRendererPath(root, 'app://dossier/index.html')).toBe(`${root}/index.html`);
    expect(resolveRendererPath(root, 'app://dossier/')).toBe(`${root}/index.html`);
    expect(resolveRendererPath(root, 'app://dossier/assets/index-abc.js')).toBe(`${root}/assets/index-abc.js`);
  });

  it.each([
    'app://dossier/../../etc/passwd',
    'app://dossier/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    'app://dossier/%2e%2e%2fmain%2findex.js',
    'app://dossier/%252e%252e/secret',
    'app://dossier/..%5c..%5cwindows',
    'app://dossier//etc/passwd',
    'app://dossier/index.html%00.png',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'app://dossier/%E0%A4%A',
  ])('never serves anything outside the renderer folder for %s', (url) => {
    const resolved = resolveRendererPath(root, url);
    // The URL parser folds `..` and `%2e%2e` segments at the root; whatever is left must stay inside.
    expect(resolved === null || resolved.startsWith(`${root}/`)).toBe(true);
  });

  it('refuses double-encoded, backslash, NUL and malformed escapes outright', () => {
    expect(resolveRendererPath(root, 'app://dossier/%252e%252e/secret')).toBeNull();
    expect(resolveRendererPath(root, 'app://dossier/..%5c..%5cwindows')).toBeNull();
    expect(resolveRendererPath(root, 'app://dossier/index.html%00.png')).toBeNull();
    expect(resolveRendererPath(root, 'app://dossier/%E0%A4%A')).toBeNull();
    expect(resolveRendererPath(root, 'app://other-host/index.html')).toBeNull();
    expect(resolveRendererPath(root, 'file:///etc/passwd')).toBeNull();
  });
});

describe('registerAppProtocol', () => {
  it('serves renderer files with the CSP and answers 404 for traversal', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { registerAppProtocol } = await import('../../../src/main/app-protocol');
    const base = mkdtempSync(join(tmpdir(), 'dossier-proto-'));
    const rendererRoot = join(base, 'renderer');
    mkdirSync(rendererRoot);
    writeFileSync(join(rendererRoot, 'index.html'), '<p>hi</p>');
    writeFileSync(join(base, 'secret.txt'), 'secret');
    let handler: ((request: Request) => Promise<Response>) | undefined;
    registerAppProtocol({ handle: (_scheme: string, fn: typeof handler) => (handler = fn) } as never, rendererRoot);

    const ok = await handler!(new Request('app://dossier/index.html'));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('<p>hi</p>');
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(ok.headers.get('content-security-policy')).not.toContain('unsafe-eval');

    for (const url of ['app://dossier/%252e%252e/secret.txt', 'app://dossier/..%5csecret.txt', 'app://dossier/missing.js']) {
      const refused = await handler!(new Request(url));
      expect(refused.status).toBe(404);
    }
  });
});
