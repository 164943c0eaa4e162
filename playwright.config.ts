import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real renderer and the real services through the browser host,
 * in Debian's Chromium. Playwright never downloads a browser here.
 */
export const CHROMIUM_PATH = process.env.DUIZHAO_CHROMIUM ?? '/usr/bin/chromium';

/** Headless, and quiet on a closed network (no update checks, sync or background fetches). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/globalSetup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    locale: 'zh-CN',
    viewport: { width: 1400, height: 900 },
    trace: 'off',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
});
