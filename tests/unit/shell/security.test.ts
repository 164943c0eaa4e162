import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { serveRenderer } from '../../../electron/main/protocol';
import {
  APP_URL,
  denyAllPermissions,
  hardenWebContents,
  isAppUrl,
  mainWindowOptions,
} from '../../../electron/main/security';
import { CONTENT_SECURITY_POLICY } from '../../../electron/services/rendererFiles';
import { REPO_ROOT } from '../../support/paths';
import { join } from 'node:path';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';

vi.mock('electron', () => ({}));

describe('the Electron window', () => {
  it('is sandboxed and context-isolated, with no Node in the page', () => {
    const options = mainWindowOptions('/app/out/preload/index.cjs', 'Duizhao');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('blocks navigation away from the app, new windows and webviews', () => {
    const contents = new EventEmitter() as EventEmitter & {
      setWindowOpenHandler: ReturnType<typeof vi.fn>;
    };
    contents.setWindowOpenHandler = vi.fn();
    hardenWebContents(contents as unknown as WebContents, undefined);

    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://elsewhere/index.html')).toBe(true);
    expect(navigate(APP_URL)).toBe(false);

    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as () => {
      action: string;
    };
    expect(openHandler()).toEqual({ action: 'deny' });
  });

  it('accepts the dev server only when one is configured', () => {
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('not a url', undefined)).toBe(false);
  });

  it('denies every permission request and check', () => {
    let requestHandler:
      ((c: unknown, p: string, callback: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
    };
    denyAllPermissions(session as unknown as Session);
    const callback = vi.fn();
    requestHandler?.(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(checkHandler?.()).toBe(false);
  });
});

describe('the app:// protocol', () => {
  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'duizhao-renderer-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    const response = await serveRenderer(new Request('app://duizhao/index.html'), dir);
    expect(response.status).toBe(200);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('never serves a file outside the renderer folder, nor another host', async () => {
    const rendererDir = join(REPO_ROOT, 'renderer');
    for (const url of [
      'app://duizhao/../package.json',
      'app://duizhao/%2e%2e/package.json',
      'app://duizhao/..%2fpackage.json',
    ]) {
      const response = await serveRenderer(new Request(url), rendererDir);
      expect(await response.text(), url).not.toContain('"name": "duizhao"');
    }
    expect((await serveRenderer(new Request('app://other/index.html'), rendererDir)).status).toBe(
      404,
    );
  });
});
