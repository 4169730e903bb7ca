// Electron fuses flipped in every packaged Dossier (https://www.electronjs.org/docs/latest/tutorial/fuses).
// CommonJS: electron-builder loads its hooks with require().
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/**
 * The fuse wire for a build. `testBuild` (DOSSIER_TEST_BUILD=1) keeps --inspect working so
 * Playwright's _electron.launch can attach; nothing else differs between test and release.
 */
function dossierFuses({ testBuild = false, darwinArm64 = false } = {}) {
  return {
    version: FuseVersion.V1,
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.
    [FuseV1Options.RunAsNode]: false,
    // NODE_OPTIONS / --inspect let anyone who can set an environment variable run code in main.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: testBuild,
    // Only our app.asar, and only if it matches the hash embedded at build time.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // Cookies (and other Chromium storage) encrypted with the OS keychain.
    [FuseV1Options.EnableCookieEncryption]: true,
    // The page is served from app://, never file://: file: gets no extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    // Flipping fuses invalidates the ad-hoc signature of arm64 macOS builds; re-sign it.
    resetAdHocDarwinSignature: darwinArm64,
  };
}

module.exports = { dossierFuses };
