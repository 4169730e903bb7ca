import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '..', '..', '..');
const config = require(join(ROOT, 'electron-builder.config.cjs')) as {
  files: string[];
  afterPack: string;
  asar: boolean;
  asarUnpack: string[];
  protocols: { schemes: string[] }[];
  linux: { target: string[] };
  mac: { target: string[] };
  win: { target: string[] };
};
const { dossierFuses } = require(join(ROOT, 'scripts/packaging/fuses.cjs')) as { dossierFuses(o?: { testBuild?: boolean; darwinArm64?: boolean }): Record<string | number, unknown> };
const { packedExecutable } = require(join(ROOT, 'scripts/packaging/after-pack.cjs')) as { packedExecutable(c: unknown): string };
const pkg = require(join(ROOT, 'package.json')) as { scripts: Record<string, string> };

describe('packaging (electron-builder)', () => {
  it('builds AppImage and deb, dmg, and nsis, as an asar with the fuse hook', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toContain('dmg');
    expect(config.win.target).toContain('nsis');
    expect(config.asar).toBe(true);
    expect(require.resolve(join(ROOT, config.afterPack))).toBeTruthy();
  });

  it('ships the built app and the bundled corpus, not the sources', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'resources/corpus-build/**/*']));
    expect(config.files.some((f) => f.startsWith('src'))).toBe(false);
  });

  it('keeps each worker with the chunks it imports: no part of the built app is unpacked on its own', () => {
    // An unpacked out/main/core-worker.js would import ./chunks/*.js that stayed in the archive.
    expect(config.asarUnpack.some((glob) => glob.startsWith('out/'))).toBe(false);
    expect(config.asarUnpack).toContain('resources/corpus-build/**/*');
  });

  it('registers the app for dossier:// links, which exported notes use to point back to a passage', () => {
    expect(config.protocols.flatMap((p) => p.schemes)).toEqual(['dossier']);
  });

  it('flips the fuses the issue lists', () => {
    const fuses = dossierFuses();
    expect(fuses.version).toBe(FuseVersion.V1);
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('test builds keep inspect arguments (Playwright attaches with them) and change nothing else', () => {
    const release = dossierFuses();
    const test = dossierFuses({ testBuild: true });
    expect(test[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
    expect({ ...test, [FuseV1Options.EnableNodeCliInspectArguments]: false }).toEqual(release);
  });

  it('finds the packed executable on each platform', () => {
    const packager = { appInfo: { productFilename: 'Dossier' }, executableName: 'dossier' };
    expect(packedExecutable({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(join('/o', 'dossier'));
    expect(packedExecutable({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(join('/o', 'Dossier.app'));
    expect(packedExecutable({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(join('/o', 'Dossier.exe'));
  });

  it('npm run dist checks for the Electron download first, in one line', () => {
    expect(pkg.scripts.dist).toMatch(/^tsx scripts\/ensure-electron\.ts --check && /u);
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.config.cjs');
  });
});
