import { defineConfig, type Project } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/support/browser';
import { electronBinary } from './tests/e2e/support/electron-binary';
import type { HostName } from './tests/e2e/support/fixtures';

const executablePath = chromiumExecutable();
const electron = electronBinary(import.meta.dirname);

const projects: Project[] = [{ name: 'web', use: { host: 'web' as HostName } }];
if ('path' in electron) {
  projects.push({ name: 'electron', use: { host: 'electron' as HostName } });
} else if (!process.env.DOSSIER_QUIET_SKIP) {
  // One line, once: every spec would run again on the electron host if the binary were here.
  process.env.DOSSIER_QUIET_SKIP = '1';
  console.log(`electron host: all specs SKIPPED (not passed) — ${electron.missing}`);
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `test-results/${process.env.DOSSIER_OUT ?? 'e2e'}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    headless: true,
    launchOptions: { executablePath, args: chromiumArgs() },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects,
});
