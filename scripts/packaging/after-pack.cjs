// electron-builder afterPack hook: flip the fuses in the packed Electron binary before it is signed/archived.
const { join } = require('node:path');
const { flipFuses } = require('@electron/fuses');
const { dossierFuses } = require('./fuses.cjs');

/** Path of the packed executable for the platform electron-builder is building. */
function packedExecutable(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName);
}

module.exports = async function afterPack(context) {
  // electron-builder's Arch enum: 3 is arm64.
  const darwinArm64 = context.electronPlatformName === 'darwin' && context.arch === 3;
  await flipFuses(packedExecutable(context), dossierFuses({ testBuild: process.env.DOSSIER_TEST_BUILD === '1', darwinArm64 }));
};
module.exports.packedExecutable = packedExecutable;
