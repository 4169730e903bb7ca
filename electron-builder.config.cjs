// `npm run dist`: installers for Linux (AppImage, deb), macOS (dmg) and Windows (nsis).
// Fuses are flipped in scripts/packaging/after-pack.cjs (list: scripts/packaging/fuses.cjs).
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.dossier.reader',
  productName: 'Dossier',
  executableName: 'dossier',
  directories: { output: 'release', buildResources: 'build' },
  // The built app and the bundled corpus; never sources, tests or the dev build cache.
  files: ['package.json', 'out/**/*', 'resources/corpus/**/*', 'resources/corpus-build/**/*', '!**/*.map'],
  asar: true,
  // Worker threads are started from a file path: keep them (and the corpus they read) outside the archive.
  asarUnpack: ['out/main/*worker*.js', 'resources/corpus-build/**/*'],
  afterPack: './scripts/packaging/after-pack.cjs',
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Dossier maintainers',
    synopsis: 'Offline briefing reader',
  },
  deb: { priority: 'optional' },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  publish: null,
};
