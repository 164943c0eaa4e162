import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, ipcChannelName } from '../../../shared/contract/channelNames';
import { isTrustedSender, registerContractHandlers } from '../../../electron/main/ipc';
import { APP_URL } from '../../../electron/main/security';
import { servicesFor } from '../../support/services';
import { tempDataDirPerTest } from '../../support/tempDataDir';

vi.mock('electron', () => ({}));

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

function fakeWindow(url = APP_URL) {
  const mainFrame = { url };
  const webContents = { mainFrame } as unknown as WebContents;
  return { webContents, mainFrame };
}

const dir = tempDataDirPerTest();

describe('IPC handlers', () => {
  it('trust only the main frame of our window showing the app', () => {
    const window = fakeWindow();
    const event = (sender: unknown, frame: unknown) =>
      ({ sender, senderFrame: frame }) as unknown as IpcMainInvokeEvent;
    expect(isTrustedSender(event(window.webContents, window.mainFrame), window, undefined)).toBe(
      true,
    );
    expect(isTrustedSender(event({}, window.mainFrame), window, undefined)).toBe(false);
    expect(isTrustedSender(event(window.webContents, { url: APP_URL }), window, undefined)).toBe(
      false,
    );
    expect(isTrustedSender(event(window.webContents, null), window, undefined)).toBe(false);
    expect(isTrustedSender(event(window.webContents, window.mainFrame), null, undefined)).toBe(
      false,
    );
    const navigatedAway = fakeWindow('https://example.com/');
    expect(
      isTrustedSender(
        event(navigatedAway.webContents, navigatedAway.mainFrame),
        navigatedAway,
        undefined,
      ),
    ).toBe(false);
  });

  it('register every channel; refuse strangers and bad payloads with typed errors, never a throw', async () => {
    const services = await servicesFor(dir.path);
    const handlers = new Map<string, Handler>();
    const ipcMain = {
      handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    };
    const trusted = vi.fn(
      (event: IpcMainInvokeEvent) => (event as unknown as { trusted: boolean }).trusted,
    );
    registerContractHandlers(ipcMain, services.handlers, trusted);
    expect([...handlers.keys()].sort()).toEqual(CHANNELS.map(ipcChannelName).sort());

    const call = (channel: string, payload: unknown, isTrusted = true) =>
      handlers.get(ipcChannelName(channel as never))!({ trusted: isTrusted } as never, payload);

    expect(await call('library.list', {}, false)).toMatchObject({
      ok: false,
      error: { code: 'forbiddenSender' },
    });
    for (const bad of [undefined, null, 42, 'x', { id: '../secret' }, { id: 'a'.repeat(100) }]) {
      expect(await call('document.get', bad)).toMatchObject({
        ok: false,
        error: { code: 'invalidRequest' },
      });
    }
    expect(
      await call('document.applyEdits', { id: 'x', baseRevision: 0, edits: [{ op: 'rm -rf' }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
    expect(
      await call('library.create', {
        kind: 'text',
        title: { zh: '标题', en: '' },
        sourceLanguage: 'zh',
      }),
    ).toMatchObject({
      ok: true,
    });
    await services.close();
  });
});
