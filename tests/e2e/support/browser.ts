import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

/**
 * Which Chromium runs the web host: Playwright's own when installed, else CHROMIUM_PATH,
 * else `chromium` on PATH (Debian's). Returns undefined to let Playwright use its own.
 */
export function chromiumExecutable(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright throws when it has no browser registered: fall through to the system one.
  }
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

/** Flags for a closed network and a root user (Debian Chromium refuses to sandbox as root). */
export function chromiumArgs(): string[] {
  const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
