import { describe, expect, it, vi } from 'vitest';
import { ensureElectron, type ElectronFs } from '../../../scripts/ensure-electron';

const ROOT = '/repo';
const PKG = '/repo/node_modules/electron';

/** An in-memory node_modules/electron; `install` may add files, as the real installer would. */
function fakeFs(files: Record<string, string>): ElectronFs & { files: Record<string, string> } {
  return {
    files,
    exists: (p) => p in files,
    read: (p) => files[p] ?? null,
  };
}

const installed = {
  [`${PKG}/package.json`]: '{"version":"45.5.0"}',
  [`${PKG}/path.txt`]: 'electron',
  [`${PKG}/dist/electron`]: 'binary',
};

function run(fs: ReturnType<typeof fakeFs>, install: () => { status: number | null; output: string }, extra: { checkOnly?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const lines: string[] = [];
  const spy = vi.fn(install);
  const code = ensureElectron({ root: ROOT, fs, install: spy, print: (l) => lines.push(l), env: extra.env ?? {}, checkOnly: extra.checkOnly });
  return { code, lines, install: spy };
}

describe('ensure-electron (npm start / npm run dev)', () => {
  it('does nothing when path.txt and the binary in dist/ are there', () => {
    const r = run(fakeFs({ ...installed }), () => ({ status: 0, output: '' }));
    expect(r).toMatchObject({ code: 0, lines: [] });
    expect(r.install).not.toHaveBeenCalled();
  });

  it('runs Electron’s installer when path.txt is missing, and goes on when it worked', () => {
    const fs = fakeFs({ [`${PKG}/package.json`]: '{"version":"45.5.0"}' });
    const r = run(fs, () => {
      fs.files[`${PKG}/path.txt`] = 'electron';
      fs.files[`${PKG}/dist/electron`] = 'binary';
      return { status: 0, output: '' };
    });
    expect(r.code).toBe(0);
    expect(r.install).toHaveBeenCalledOnce();
    expect(r.lines).toEqual([expect.stringContaining('downloading Electron 45.5.0')]);
  });

  it('runs the installer when dist/ lost the binary though path.txt remains', () => {
    const fs = fakeFs({ [`${PKG}/package.json`]: '{}', [`${PKG}/path.txt`]: 'electron' });
    const r = run(fs, () => ({ status: 1, output: 'RequestError: getaddrinfo ENOTFOUND github.com' }));
    expect(r.install).toHaveBeenCalledOnce();
    expect(r.code).toBe(1);
  });

  it('when the download fails, prints one paragraph: what failed, mirror and proxy hints, npm run serve', () => {
    const r = run(fakeFs({ [`${PKG}/package.json`]: '{"version":"45.5.0"}' }), () => ({
      status: 1,
      output: 'HTTPError: Response code 403 (Forbidden) for https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip\n    at stack',
    }));
    expect(r.code).toBe(1);
    const paragraph = r.lines.at(-1)!;
    expect(paragraph).not.toContain('\n');
    expect(paragraph).toMatch(/path\.txt is missing/u);
    expect(paragraph).toContain('Response code 403');
    expect(paragraph).toContain('ELECTRON_MIRROR');
    expect(paragraph).toContain('HTTPS_PROXY');
    expect(paragraph).toContain('npm run serve');
  });

  it('an installer that exits 0 without producing the binary still counts as a failure', () => {
    const r = run(fakeFs({ [`${PKG}/package.json`]: '{}' }), () => ({ status: 0, output: '' }));
    expect(r.code).toBe(1);
    expect(r.lines.at(-1)).toContain('npm run serve');
  });

  it('--check (npm run dist) never downloads and says what is missing in one line', () => {
    const r = run(fakeFs({ [`${PKG}/package.json`]: '{"version":"45.5.0"}' }), () => ({ status: 0, output: '' }), { checkOnly: true });
    expect(r.install).not.toHaveBeenCalled();
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^Cannot build installers: .*path\.txt is missing/u);
  });

  it('DOSSIER_SKIP_ELECTRON_DOWNLOAD prints the paragraph without trying', () => {
    const r = run(fakeFs({ [`${PKG}/package.json`]: '{}' }), () => ({ status: 0, output: '' }), { env: { DOSSIER_SKIP_ELECTRON_DOWNLOAD: '1' } });
    expect(r.install).not.toHaveBeenCalled();
    expect(r.lines.at(-1)).toContain('npm run serve');
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const fs = fakeFs({ [`${PKG}/package.json`]: '{}', [`${PKG}/path.txt`]: 'electron', '/opt/electron/electron': 'binary' });
    expect(run(fs, () => ({ status: 1, output: '' }), { env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' } }).code).toBe(0);
  });
});
