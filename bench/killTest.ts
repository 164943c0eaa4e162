import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import globalSetup from '../tests/e2e/support/globalSetup';
import { LOSS_ALLOWANCE_MS, runKillCycles } from '../tests/e2e/support/killCycle';

/**
 * `npm run killtest -- --kills N`: SIGKILL the browser host N times in the middle of typing and
 * report how many kills the data survived (file loads, text intact, at most the last second
 * lost), with the distribution of what was lost.
 */
const { values } = parseArgs({ options: { kills: { type: 'string', default: '50' } } });
const kills = Number(values.kills);

globalSetup();
const dataDir = await mkdtemp(join(tmpdir(), 'duizhao-killtest-'));
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const outcomes = await runKillCycles({
    context,
    dataDir,
    cycles: kills,
    log: (o) => {
      console.log(
        `kill ${String(o.cycle).padStart(3)}: typed ${o.typed}, saved ${o.saved}, lost ${o.lostMs} ms, ${o.survived ? 'survived' : 'FAILED'}`,
      );
    },
  });
  const survived = outcomes.filter((o) => o.survived).length;
  const lost = outcomes.map((o) => o.lostMs).sort((a, b) => a - b);
  const percentile = (p: number) =>
    lost[Math.min(lost.length - 1, Math.floor((p / 100) * lost.length))] ?? 0;
  console.log('');
  console.log(`kills survived: ${survived} of ${outcomes.length}`);
  console.log(`files that failed to load: ${outcomes.filter((o) => !o.fileValid).length}`);
  console.log(
    `typing lost per kill: median ${percentile(50)} ms, p95 ${percentile(95)} ms, max ${lost.at(-1) ?? 0} ms (allowance ${LOSS_ALLOWANCE_MS} ms)`,
  );
  process.exitCode = survived === outcomes.length ? 0 : 1;
} finally {
  await browser.close();
  await rm(dataDir, { recursive: true, force: true });
}
