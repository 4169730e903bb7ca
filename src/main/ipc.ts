import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { dispatch, logToAppLog, type FailureLogger } from '../core/ipc/dispatch';
import type { AppLog } from '../core/log/app-log';
import { CHANNELS, ipcChannelName, type HandlerTable } from '../shared/api';
import type { Envelope } from '../shared/result';
import { isOwnOrigin } from './guards';

/**
 * Only our own top-level page may call: a subframe or a page that somehow navigated
 * elsewhere gets `forbidden`, before its payload is even parsed.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, devServerUrl?: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isOwnOrigin(frame.url, devServerUrl);
}

const forbidden: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This call is only accepted from the Dossier window.' },
};

/**
 * Binds every contract channel. The table may still be loading (the corpus is read after the
 * window opens, so the window never waits for it): calls wait for it, the sender check does not.
 */
export function bindIpc(
  ipcMain: IpcMain,
  table: HandlerTable | Promise<HandlerTable>,
  devServerUrl?: string,
  log?: Pick<AppLog, 'warn' | 'error' | 'path'>,
): void {
  const logFailure: FailureLogger | undefined = log ? logToAppLog(log) : undefined;
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannelName(channel), async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, devServerUrl)) {
        const frame = event.senderFrame;
        log?.warn(`refused IPC ${channel} from ${frame ? `${frame.parent ? 'a subframe at ' : ''}${frame.url.slice(0, 200)}` : 'a destroyed frame'}`);
        return forbidden;
      }
      return dispatch(await table, channel, args, logFailure);
    });
  }
}
