import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../support/paths';
import {
  cell,
  documentIdFromUrl,
  expect,
  expectSaved,
  test,
  typeWithIme,
} from './support/fixtures';

/** The first unit's English as the editor should keep it: "21st" with a superscript, "Harbin" bold. */
const OPENING_EN = [
  { text: 'Opening Ceremony of the 21' },
  { text: 'st', marks: ['superscript'] },
  { text: ' Annual Meeting, ' },
  { text: 'Harbin', marks: ['bold'] },
];

async function expectDocumentShown(page: Page): Promise<void> {
  // Unit 1 is the plenary (moved up), unit 2 the opening ceremony.
  await expect(cell(page, 1, 'zh')).toHaveText('全体大会');
  await expect(cell(page, 1, 'en')).toHaveText('Plenary session');
  await expect(cell(page, 2, 'zh')).toHaveText('开幕式');
  await expect(cell(page, 2, 'en')).toHaveText(
    'Opening Ceremony of the 21st Annual Meeting, Harbin',
  );
  await expect(cell(page, 2, 'en').locator('sup')).toHaveText('st');
  await expect(cell(page, 2, 'en').locator('strong')).toHaveText('Harbin');
}

test('a newcomer creates a document, writes both languages side by side, and finds everything after a reload and a restart', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '还没有文档' })).toBeVisible();

  await page.getByRole('button', { name: '新建文档' }).first().click();
  const dialog = page.getByRole('dialog', { name: '新建文档' });
  // A text document opens in the unit grid (a programme would open in the programme editor).
  await dialog.getByRole('radio', { name: '文本', exact: true }).check();
  await dialog.getByLabel('中文标题').fill('第二十一届中国科协年会日程');
  await dialog.getByLabel('英文标题').fill('Programme of the 21st CAST Annual Meeting');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('heading', { name: /第二十一届中国科协年会日程/ })).toBeVisible();
  const id = await documentIdFromUrl(page);

  // Chinese through an IME composition.
  await cell(page, 1, 'zh').click();
  await typeWithIme(page, ['k', 'kai', 'kaimu', 'kaimushi'], '开幕式');
  await expect(cell(page, 1, 'zh')).toHaveText('开幕式');

  // English with a superscript and bold, from the keyboard.
  await page.keyboard.press('Tab');
  await page.keyboard.type('Opening Ceremony of the 21');
  await page.keyboard.press('Control+.');
  await page.keyboard.type('st');
  await page.keyboard.press('Control+.');
  await page.keyboard.type(' Annual Meeting, ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Harbin');
  await page.keyboard.press('Control+b');

  // A second unit below, written in both languages, then moved above the first.
  await page.keyboard.press('Control+Shift+Enter');
  await expect(cell(page, 2, 'en')).toBeFocused();
  await page.keyboard.type('Plenary session');
  await page.keyboard.press('Shift+Tab');
  await typeWithIme(page, ['quan', 'quanti', 'quantidahui'], '全体大会');
  await page.keyboard.press('Alt+ArrowUp');
  await expectSaved(page);
  await expectDocumentShown(page);

  // On disk, exactly as shown.
  const saved = await host.readDocument(id);
  expect(saved.units.map((unit) => [unit.zh, unit.en])).toEqual([
    [[{ text: '全体大会' }], [{ text: 'Plenary session' }]],
    [[{ text: '开幕式' }], OPENING_EN],
  ]);

  await page.reload();
  await expectDocumentShown(page);

  await host.restart();
  await page.reload();
  await expectDocumentShown(page);

  // The CLI reads the same library while the host holds it.
  const listing = JSON.parse(
    execFileSync(
      process.execPath,
      ['electron/cli/bin.js', 'list', '--json', '--data-dir', host.dataDir],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      },
    ),
  ) as { documents: Array<{ id: string; title: { zh: string }; unitCount: number }> };
  expect(listing.documents).toEqual([
    expect.objectContaining({
      id,
      title: expect.objectContaining({ zh: '第二十一届中国科协年会日程' }),
      unitCount: 2,
    }),
  ]);
});

test('switching documents never loses an edit typed just before', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '添加示例' }).first().click();
  await page.getByRole('button', { name: '中国科协2021年工作会议' }).click();
  const id = await documentIdFromUrl(page);
  await cell(page, 1, 'zh').click();
  await page.keyboard.insertText('北京');
  // Straight back to the library, without waiting for the autosave.
  await page.getByRole('button', { name: '文档库' }).click();
  await expect(page.getByRole('heading', { name: '文档库' })).toBeVisible();
  expect((await host.readDocument(id)).units[0]?.zh).toEqual([{ text: '北京' }]);
});
