import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from '../../electron/launcher/electronBinary';
import { REPO_ROOT } from '../support/paths';

/**
 * The real desktop app, where an Electron binary exists. Electron downloads its binary at first
 * start; on a machine that cannot, this test is skipped and says why.
 */
const binary = electronBinary(REPO_ROOT);
const SKIP_REASON =
  'no Electron binary: the electron package downloads it at first start, and this machine could not ' +
  '(node_modules/electron/path.txt is missing). The same renderer and services are tested through the browser host.';

test('the desktop app opens its window on the library, in a sandboxed page with the contract bridge', async () => {
  if (!binary) console.log(`Skipped: ${SKIP_REASON}`);
  test.skip(!binary, SKIP_REASON);
  const dataDir = await mkdtemp(join(tmpdir(), 'duizhao-electron-'));
  const app = await electron.launch({
    executablePath: binary ?? '',
    args: [REPO_ROOT, '--data-dir', dataDir, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    const window = await app.firstWindow();
    await expect(
      window.getByRole('heading', { name: /还没有文档|No documents yet/ }),
    ).toBeVisible();
    expect(
      await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
    ).toBe('undefined');
    expect(
      await window.evaluate(() =>
        Object.keys((window as unknown as { duizhao: object }).duizhao).sort(),
      ),
    ).toEqual(['api', 'shell']);
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
