import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch, logToAppLog } from '../../../../src/core/ipc/dispatch';
import { createAppLog, logPath } from '../../../../src/core/log/app-log';
import type { HandlerTable } from '../../../../src/shared/api';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-log-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('app log', () => {
  it('appends timestamped lines to logs/dossier.log in the user-data folder, stack included', async () => {
    const dir = tempDir();
    const log = createAppLog(dir, { echo: false, now: () => new Date('2026-01-02T03:04:05Z') });
    log.info('started');
    log.error('handler getDocument failed', new TypeError('boom'));
    await log.flush();
    const text = readFileSync(logPath(dir), 'utf8');
    expect(text).toMatch(/^2026-01-02T03:04:05.000Z INFO started\n/u);
    expect(text).toContain('ERROR handler getDocument failed: TypeError: boom');
    expect(text).toMatch(/\n {4,}at /u); // the stack, indented under its line
  });

  it('rolls over to dossier.log.1 instead of growing without bound', async () => {
    const dir = tempDir();
    const log = createAppLog(dir, { echo: false, maxBytes: 200 });
    for (let i = 0; i < 10; i++) log.warn(`line ${i} ${'x'.repeat(40)}`);
    await log.flush();
    expect(readFileSync(logPath(dir), 'utf8').length).toBeLessThanOrEqual(200);
    expect(existsSync(`${logPath(dir)}.1`)).toBe(true);
    expect(readFileSync(logPath(dir), 'utf8')).toContain('line 9');
  });

  it('a log it cannot write does not throw: the line goes to stderr', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'logs'), 'a file where the folder should be');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const log = createAppLog(dir, { echo: false });
    log.error('still reported');
    await log.flush();
    expect(stderr.mock.calls.some(([chunk]) => String(chunk).includes('still reported'))).toBe(true);
    stderr.mockRestore();
  });

  it('a handler bug is logged with its stack and the user is told where', async () => {
    const dir = tempDir();
    const log = createAppLog(dir, { echo: false });
    const table = { getDocument: async () => { throw new Error('disk gone'); } } as unknown as HandlerTable;
    const result = await dispatch(table, 'getDocument', ['x'], logToAppLog(log));
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: `Dossier could not complete getDocument. The error was logged to ${logPath(dir)}.` } });
    await log.flush();
    expect(readFileSync(logPath(dir), 'utf8')).toContain('handler getDocument failed: Error: disk gone');
  });
});
