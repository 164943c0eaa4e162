import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, ipcChannelName } from '../../../shared/contract/channelNames';
import { SHELL_CHANNELS } from '../../../shared/contract/shellBridge';
import { REPO_ROOT } from '../../support/paths';
import { tempDataDir } from '../../support/tempDataDir';

/** A stand-in for the parts of Electron the shell touches, recording what it is asked to do. */
const electron = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- vi.hoisted runs before imports
  const { EventEmitter: Emitter } = require('node:events') as { EventEmitter: typeof EventEmitter };
  const windows: FakeWindow[] = [];
  class FakeWindow extends Emitter {
    readonly webContents = Object.assign(new Emitter(), {
      mainFrame: { url: 'app://duizhao/index.html' },
      setWindowOpenHandler: vi.fn(),
      send: vi.fn(),
    });
    readonly loadURL = vi.fn(async () => undefined);
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly close = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
  }
  return {
    windows,
    FakeWindow,
    singleInstance: true,
    ipcHandlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
    menus: [] as unknown[],
  };
});

vi.mock('electron', () => {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => electron.singleInstance),
    whenReady: vi.fn(async () => undefined),
    getPath: vi.fn(() => '/nonexistent-user-data'),
    getAppPath: () => REPO_ROOT,
    getLocale: () => 'zh-CN',
    quit: vi.fn(),
    exit: vi.fn(),
  });
  return {
    app,
    BrowserWindow: electron.FakeWindow,
    ipcMain: {
      handle: vi.fn(
        (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) =>
          electron.ipcHandlers.set(channel, handler),
      ),
      on: vi.fn(),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => template),
      setApplicationMenu: vi.fn((menu: unknown) => electron.menus.push(menu)),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
  };
});

let dir: Awaited<ReturnType<typeof tempDataDir>>;
beforeEach(async () => {
  dir = await tempDataDir();
  process.env.DUIZHAO_DATA_DIR = dir.path;
  vi.resetModules();
  electron.windows.length = 0;
  electron.ipcHandlers.clear();
  electron.menus.length = 0;
});
afterEach(async () => {
  const { app } = await import('electron');
  const quits = vi.mocked(app.quit).mock.calls.length;
  app.emit('will-quit', { preventDefault: vi.fn() });
  // Quitting waits for the services to close (index written, lock released), then quits.
  if (electron.windows.length > 0) {
    await vi.waitFor(() => {
      expect(vi.mocked(app.quit).mock.calls.length).toBeGreaterThan(quits);
    });
  }
  delete process.env.DUIZHAO_DATA_DIR;
  await dir.remove();
});

async function startShell() {
  await import('../../../electron/main/index');
  await vi.waitFor(() => {
    expect(electron.windows).toHaveLength(1);
  });
  const window = electron.windows[0]!;
  const trustedEvent = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
  return { window, trustedEvent };
}

describe('the Electron shell', () => {
  it('opens one hardened window on the app:// page and serves the contract over IPC', async () => {
    const { window, trustedEvent } = await startShell();
    const { protocol } = await import('electron');
    const [schemes] = vi.mocked(protocol.registerSchemesAsPrivileged).mock.calls[0] ?? [[]];
    expect(schemes).toMatchObject([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://duizhao/index.html');
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(CHANNELS.map(ipcChannelName).sort());

    const invoke = (channel: (typeof CHANNELS)[number], event: unknown, payload: unknown) =>
      electron.ipcHandlers.get(ipcChannelName(channel))!(event, payload);
    expect(await invoke('app.info', trustedEvent, {})).toMatchObject({
      ok: true,
      value: { host: 'electron', dataDir: dir.path },
    });
    expect(await invoke('document.get', trustedEvent, { id: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
    const stranger = { sender: {}, senderFrame: { url: 'https://example.com' } };
    expect(await invoke('library.list', stranger, {})).toMatchObject({
      ok: false,
      error: { code: 'forbiddenSender' },
    });
  });

  it('builds a Chinese menu on a Chinese system, shortcuts shown but left to the page', async () => {
    await startShell();
    const menu = electron.menus.at(-1) as MenuItemConstructorOptions[];
    expect(menu.map((item) => item.label)).toEqual([
      '文件',
      '编辑',
      '审校',
      '格式',
      '单元',
      '视图',
      '帮助',
    ]);
    const format = menu[3]!.submenu as MenuItemConstructorOptions[];
    expect(format[0]).toMatchObject({
      label: '加粗',
      accelerator: 'CmdOrCtrl+B',
      registerAccelerator: false,
    });
  });

  it('focuses the first window when Duizhao is launched again', async () => {
    const { window } = await startShell();
    const { app } = await import('electron');
    app.emit('second-instance');
    expect(window.focus).toHaveBeenCalled();
  });

  it('asks the page to save before the window closes', async () => {
    const { window } = await startShell();
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith(SHELL_CHANNELS.closeRequested);
  });

  it('closes once the page has saved, and asks before closing with unsaved changes', async () => {
    const { window, trustedEvent } = await startShell();
    const { ipcMain, dialog } = await import('electron');
    const onCloseReady = vi
      .mocked(ipcMain.on)
      .mock.calls.findLast(([channel]) => channel === SHELL_CHANNELS.closeReady)?.[1] as
      ((event: unknown, saved: unknown) => void) | undefined;
    vi.mocked(dialog.showMessageBox).mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    onCloseReady?.(trustedEvent, false);
    await vi.waitFor(() => {
      expect(dialog.showMessageBox).toHaveBeenCalledWith(
        window,
        expect.objectContaining({ message: '最新的修改尚未保存' }),
      );
    });
    expect(window.close).not.toHaveBeenCalled();
    onCloseReady?.({ sender: {}, senderFrame: null }, true);
    expect(window.close).not.toHaveBeenCalled();
    onCloseReady?.(trustedEvent, true);
    expect(window.close).toHaveBeenCalled();
  });

  it('quits at once when another instance already runs', async () => {
    electron.singleInstance = false;
    try {
      await import('../../../electron/main/index');
      const { app } = await import('electron');
      expect(app.quit).toHaveBeenCalled();
      expect(electron.windows).toHaveLength(0);
    } finally {
      electron.singleInstance = true;
    }
  });
});
