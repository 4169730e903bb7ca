#!/usr/bin/env node
// `npm run test:e2e`: builds what the specs need (corpus, app bundles), makes sure a
// Chromium exists, then runs Playwright. A newcomer needs no separate build step.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function which(name) {
  const result = spawnSync('which', [name], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : '';
}

function playwrightChromium() {
  try {
    const { chromium } = require('@playwright/test');
    const path = chromium.executablePath();
    return existsSync(path) ? path : '';
  } catch {
    return '';
  }
}

if (existsSync('scripts/ensure-corpus.mjs')) run(process.execPath, ['scripts/ensure-corpus.mjs']);
run(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'warn']);

const env = { ...process.env };
if (!playwrightChromium()) {
  const system = env.CHROMIUM_PATH && existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : which('chromium') || which('chromium-browser');
  if (system) {
    env.CHROMIUM_PATH = system;
  } else {
    console.log('No Chromium found (neither Playwright\'s nor CHROMIUM_PATH nor chromium on PATH): running `playwright install chromium`.');
    run(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], env);
  }
}

// The electron host needs a display; the web host runs headless and does not.
const args = ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)];
if (!env.DISPLAY && which('xvfb-run')) run('xvfb-run', ['-a', process.execPath, ...args], env);
else run(process.execPath, args, env);
