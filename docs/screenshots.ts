import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { startHost } from '../tests/e2e/support/browserHost';
import globalSetup from '../tests/e2e/support/globalSetup';
import { REPO_ROOT } from '../tests/support/paths';

/**
 * `npm run screenshots`: the README's pictures, taken from the browser host over a fresh data
 * folder with the built-in samples, a few units translated by hand.
 */
globalSetup();
const dataDir = await mkdtemp(join(tmpdir(), 'duizhao-screenshots-'));
const host = await startHost(dataDir);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({
    viewport: { width: 1360, height: 820 },
    locale: 'zh-CN',
    deviceScaleFactor: 1,
  });
  await page.goto(host.url);
  await page.getByRole('button', { name: '添加示例' }).first().click();
  await page.getByRole('button', { name: '第二十一届中国科协年会' }).click();
  const fill = async (unit: number, side: '英文' | '中文', text: string) => {
    await page.getByRole('textbox', { name: `第 ${unit} 个单元，${side}`, exact: true }).click();
    await page.keyboard.insertText(text);
  };
  await fill(
    2,
    '英文',
    'China Association for Science and Technology · People’s Government of Heilongjiang Province',
  );
  await fill(3, '英文', 'Harbin, China');
  await fill(4, '英文', 'June 29, 2019');
  await fill(5, '中文', '第二十一届中国科协年会');
  await fill(6, '中文', '中国科协年会在黑龙江省人民政府的共同主办下，聚焦科技在东北振兴中的作用。');
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: '第 7 个单元，中文', exact: true }).click();
  await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
  await page.getByRole('button', { name: '关闭' }).click(); // the "samples added" notice
  await page.screenshot({ path: join(REPO_ROOT, 'docs', 'images', 'editor.png') });

  await page.getByRole('button', { name: '文档库' }).click();
  await page.getByRole('heading', { name: '文档库' }).waitFor();
  await page.screenshot({ path: join(REPO_ROOT, 'docs', 'images', 'library.png') });
  console.log('docs/images/editor.png, docs/images/library.png');
} finally {
  await browser.close();
  await host.stop();
  await rm(dataDir, { recursive: true, force: true });
}
