import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS, ipcChannelName } from '../../shared/contract/channelNames';
import type { ContractHandlers } from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { appError } from '../../shared/contract/errors';
import { err, type Result } from '../../shared/contract/result';
import { isAppUrl } from './security';

/**
 * Whether an IPC message comes from our own page: the main frame of our window, showing the
 * app's URL. Anything else (a subframe, a navigated page, another window) is refused.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: { webContents: WebContents } | null,
  devServerUrl: string | undefined,
): boolean {
  const frame = event.senderFrame;
  if (!window || !frame || event.sender !== window.webContents) return false;
  if (frame !== window.webContents.mainFrame) return false;
  return isAppUrl(frame.url, devServerUrl);
}

/**
 * One ipcMain.handle per contract channel, each checking the sender and validating the payload
 * through the shared dispatcher. A bad call gets a typed error; nothing here throws.
 */
export function registerContractHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: ContractHandlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(
      ipcChannelName(channel),
      async (event, payload: unknown): Promise<Result<unknown>> => {
        if (!isTrusted(event)) return err(appError('forbiddenSender', { channel }));
        return dispatch(handlers, channel, payload);
      },
    );
  }
}
