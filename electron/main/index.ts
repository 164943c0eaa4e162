import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { SHELL_CHANNELS } from '../../shared/contract/shellBridge';
import { AppErrorException } from '../../shared/contract/errors';
import { createI18n, describeError } from '../../shared/i18n/i18n';
import { uiLanguageForLocale, type Settings, type UiLanguage } from '../../shared/model/settings';
import { APP_VERSION, PRODUCT_DISPLAY_NAME } from '../services/appVersion';
import { resolveDataDir } from '../services/dataDir';
import { openServices, type Services } from '../services/openServices';
import { isTrustedSender, registerContractHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import {
  APP_SCHEME,
  APP_URL,
  denyAllPermissions,
  hardenWebContents,
  mainWindowOptions,
} from './security';

/**
 * The Electron shell: one window, the contract over IPC, the menu. Everything else is in the
 * services (plain Node, shared with the CLI and the browser host) and the renderer.
 */
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appRoot = app.getAppPath();
const rendererDir = join(appRoot, 'out', 'renderer');
const preloadPath = join(appRoot, 'out', 'preload', 'index.cjs');
const resourcesDir = app.isPackaged ? process.resourcesPath : join(appRoot, 'resources');

let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;
let settings: Settings | null = null;
let closeConfirmed = false;
let closeTimer: ReturnType<typeof setTimeout> | undefined;

registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    app.quit();
  });
  // Quitting waits for the services to finish writing (the index) and release the lock.
  app.on('will-quit', (event) => {
    if (!services) return;
    const closing = services;
    services = null;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
  void app.whenReady().then(start);
}

function uiLanguage(): UiLanguage {
  return settings?.uiLanguage ?? uiLanguageForLocale(app.getLocale());
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.argv, process.env, () => app.getPath('userData'));
  try {
    services = await openServices({
      host: 'electron',
      dataDir,
      resourcesDir,
      onSettingsChanged: (next) => {
        settings = next;
        updateMenu();
        mainWindow?.webContents.send(SHELL_CHANNELS.settingsChanged, next);
      },
    });
  } catch (error) {
    const t = createI18n(uiLanguage()).t;
    const message =
      error instanceof AppErrorException ? describeError(t, error.error) : String(error);
    dialog.showErrorBox(PRODUCT_DISPLAY_NAME, message);
    app.exit(2);
    return;
  }
  const loaded = await services.handlers['settings.get']({});
  settings = loaded;

  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveRenderer(request, rendererDir));
  registerContractHandlers(ipcMain, services.handlers, (event) =>
    isTrustedSender(event, mainWindow, devServerUrl),
  );
  ipcMain.on(SHELL_CHANNELS.closeReady, (event, saved: unknown) => {
    const window = mainWindow;
    if (!window || !isTrustedSender(event, window, devServerUrl)) return;
    clearTimeout(closeTimer);
    if (saved === true) {
      closeConfirmed = true;
      window.close();
      return;
    }
    void confirmCloseWithoutSaving(window).then((close) => {
      if (!close) return;
      closeConfirmed = true;
      window.close();
    });
  });
  updateMenu();
  createWindow();
}

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, PRODUCT_DISPLAY_NAME));
  mainWindow = window;
  hardenWebContents(window.webContents, devServerUrl);
  window.once('ready-to-show', () => {
    window.show();
  });
  // Closing asks the page to save first. A page that does not answer within 10 s is hung (its
  // edits are out of reach anyway): close. A page that answers "not saved" makes us ask.
  window.on('close', (event) => {
    if (closeConfirmed) return;
    event.preventDefault();
    window.webContents.send(SHELL_CHANNELS.closeRequested);
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      closeConfirmed = true;
      if (!window.isDestroyed()) window.close();
    }, 10_000);
  });
  // Once closing is decided, a beforeunload veto from the page must not silently cancel it.
  window.webContents.on('will-prevent-unload', (event) => {
    if (closeConfirmed) event.preventDefault();
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(devServerUrl ?? APP_URL);
}

async function confirmCloseWithoutSaving(window: BrowserWindow): Promise<boolean> {
  const t = createI18n(uiLanguage()).t;
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: PRODUCT_DISPLAY_NAME,
    message: t('shell.unsavedTitle'),
    detail: t('shell.unsavedDetail'),
    buttons: [t('shell.keepEditing'), t('shell.closeAnyway')],
    defaultId: 0,
    cancelId: 0,
  });
  return response === 1;
}

function updateMenu(): void {
  const language = uiLanguage();
  const t = createI18n(language).t;
  const template = buildMenuTemplate({
    t,
    language,
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
    runCommand: (command) => mainWindow?.webContents.send(SHELL_CHANNELS.command, command),
    setLanguage: (next) => void services?.handlers['settings.update']({ uiLanguage: next }),
    showAbout: () => {
      void dialog.showMessageBox({
        title: t('menu.about'),
        message: PRODUCT_DISPLAY_NAME,
        detail: t('menu.aboutDetail', { version: APP_VERSION }),
      });
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
