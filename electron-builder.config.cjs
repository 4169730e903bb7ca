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
  // Worker threads load from inside the archive (Electron 18+, electron/electron#33216), so a
  // worker and the chunks and packages it imports stay together in app.asar: unpacking only the
  // worker files would leave their `./chunks/*.js` imports behind. The built corpus is unpacked:
  // large files read in ranges are read straight from disk.
  // tesseract.js (OCR of scanned PDFs) starts its own worker and reads its WebAssembly core and
  // English data by file path: kept outside the archive, as its worker cannot be vouched for
  // inside it without an Electron binary to try it on.
  asarUnpack: ['resources/corpus-build/**/*', 'node_modules/tesseract.js/**/*', 'node_modules/tesseract.js-core/**/*', 'node_modules/@tesseract.js-data/eng/**/*'],
  afterPack: './scripts/packaging/after-pack.cjs',
  // Exported notes link back with dossier://open?… : the installers register the app for the
  // scheme (macOS Info.plist, the Linux desktop entry's x-scheme-handler, the Windows registry).
  protocols: [{ name: 'Dossier passage link', schemes: ['dossier'] }],
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
