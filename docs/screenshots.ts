import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { startHost } from '../tests/e2e/support/browserHost';
import { seedFlatProgramme } from '../tests/e2e/support/seed';
import globalSetup from '../tests/e2e/support/globalSetup';
import { REPO_ROOT } from '../tests/support/paths';

/**
 * `npm run screenshots`: the README's pictures, taken from the browser host over a fresh data
 * folder with the built-in samples (the library, as added), then a few units translated by hand.
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
  await page.getByRole('button', { name: '关闭' }).click(); // the "samples added" notice
  await page.getByRole('heading', { name: '文档库' }).waitFor();
  await page.screenshot({ path: join(REPO_ROOT, 'docs', 'images', 'library.png') });

  // The programme editor on the sample: a session given its Chinese title, the preview beside.
  await page.getByRole('button', { name: '第二十一届中国科协年会' }).click();
  await page
    .getByRole('navigation', { name: '日程大纲' })
    .getByRole('button', { name: /China Science and Technology Forum/ })
    .click();
  await page.getByLabel('名称（中文）', { exact: true }).click();
  await page.keyboard.insertText('中国科技论坛');
  await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
  await page.screenshot({ path: join(REPO_ROOT, 'docs', 'images', 'programme.png') });
  await page.getByRole('button', { name: '文档库' }).click();
  await page.getByRole('heading', { name: '文档库' }).waitFor();

  // The grid: the programme sample's cover and article as flat units of a text document (the
  // sample itself is a structured programme, which opens in the programme editor).
  const flat = await seedFlatProgramme(host.url);
  await page.goto(`${host.url}#/doc/${flat}`);
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
  await page.screenshot({ path: join(REPO_ROOT, 'docs', 'images', 'editor.png') });

  await page.getByRole('button', { name: '文档库' }).click();
  await page.getByRole('heading', { name: '文档库' }).waitFor();

  // Review: the English-first release, translated, then reviewed; one source changed since.
  const signAs = async (name: string) => {
    await page.getByRole('button', { name: '设置' }).click();
    const dialog = page.getByRole('dialog', { name: '设置' });
    await dialog.getByLabel('你的名字').fill(name);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
  };
  await page.getByRole('button', { name: '中国科协2021年工作会议' }).click();
  await signAs('王芳');
  await page.getByRole('combobox', { name: '角色' }).selectOption({ label: '译者' });
  const translations = [
    '北京，2021年1月19日电——中国科协召开年度工作会议，推动经济与科技深度融合、相互促进。',
    '全国政协副主席、中国科协主席万钢，中国科协党组书记、常务副主席、书记处第一书记怀进鹏等出席“科创中国”会议。',
    '会议全面总结了“科创中国”建立以来的工作，交流典型经验，发布“科创中国”系列榜单。',
    '会议指出，中国科协是全国科技工作者组成的群众组织，汇聚了各领域的优秀科学家。',
  ];
  await page.getByRole('textbox', { name: '第 1 个单元，中文', exact: true }).click();
  for (const text of translations) {
    await page.keyboard.insertText(text);
    await page.keyboard.press('Control+Enter'); // confirm, and on to the next unit needing it
  }
  await signAs('李明');
  await page.getByRole('combobox', { name: '角色' }).selectOption({ label: '审校' });
  await page.getByRole('textbox', { name: '第 2 个单元，中文', exact: true }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText('，并发表讲话。');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('textbox', { name: '第 1 个单元，中文', exact: true }).click();
  await page.keyboard.press('Control+Alt+Enter'); // approve
  await page.getByRole('textbox', { name: '第 4 个单元，中文', exact: true }).click();
  await page.keyboard.press('Control+Alt+M');
  await page.keyboard.insertText('“群众组织”可否改为“人民团体”？请与译者确认。');
  await page.keyboard.press('Control+Enter');
  // The author of the release corrects a name: the approved translation is now stale.
  await page.getByRole('textbox', { name: '第 1 个单元，英文', exact: true }).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(
    'BEIJING, Jan. 19 (Xinhua) -- The China Association for Science and Technology (CAST) has held its annual work conference to promote the integration of the economy with science and technology.',
  );
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '显示审校修订' }).click();
  await page.getByRole('textbox', { name: '第 2 个单元，中文', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
  await page.setViewportSize({ width: 1360, height: 1080 });
  await page.screenshot({ path: join(REPO_ROOT, 'docs', 'images', 'review.png') });
  console.log('docs/images/{library,programme,editor,review}.png');
} finally {
  await browser.close();
  await host.stop();
  await rm(dataDir, { recursive: true, force: true });
}
