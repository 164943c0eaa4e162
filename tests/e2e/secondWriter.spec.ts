import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../support/paths';
import { expect, test } from './support/fixtures';

test('a second browser host on the same data folder is refused with a clear message', async ({
  host,
}) => {
  const second = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'electron/host/main.ts', '--data-dir', host.dataDir],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8' },
      timeout: 30_000,
    },
  );
  expect(second.status).toBe(2);
  expect(second.stderr).toMatch(
    new RegExp(
      `The data folder ${host.dataDir} is in use by another Duizhao \\(browser, process \\d+, since `,
    ),
  );
  // The first one is unaffected.
  const response = await fetch(`${host.url}api/library.list`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(await response.json()).toMatchObject({ ok: true });
});
