import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'duizhao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * The window's web preferences: the page is a sandboxed, context-isolated renderer with no
 * Node, talking to the main process only through the preload's narrow bridge.
 */
export function mainWindowOptions(preload: string, title: string): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 560,
    show: false,
    backgroundColor: '#f4f5f7',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // macOS and Windows check spelling with the system's own dictionaries; on Linux Electron
      // would download Hunspell dictionaries from Google, which an offline office app must not.
      spellcheck: process.platform !== 'linux',
    },
  };
}

/** Whether a URL is the app's own page (the packaged renderer, or the dev server in development). */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  // Custom schemes have an opaque origin in WHATWG URL terms: compare the prefix instead.
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  return devServerUrl !== undefined && origin === new URL(devServerUrl).origin;
}

/**
 * No navigation away from the app, no new windows, no <webview>: a link or a dropped file can
 * never load something else into a window that holds the contract bridge.
 */
export function hardenWebContents(contents: WebContents, devServerUrl: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Duizhao needs no camera, microphone, notifications or anything else: every request is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
