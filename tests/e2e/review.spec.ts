import type { Page } from '@playwright/test';
import { plainText } from '../../shared/model/richText';
import {
  cell,
  createDocument,
  documentIdFromUrl,
  editCell,
  expect,
  expectSaved,
  test,
  type HostFixture,
} from './support/fixtures';
import { FLAT_PROGRAMME_TITLE, seedFlatProgramme } from './support/seed';

/**
 * Opens the programme sample's cover and article as 13 flat units in the grid (a Chinese-first
 * text document, as the sample was before it became a structured programme) and returns its id.
 */
async function openProgramme(page: Page, host: HostFixture): Promise<string> {
  await seedFlatProgramme(host.url);
  await page.goto(host.url);
  await page.getByRole('button', { name: FLAT_PROGRAMME_TITLE.zh }).click();
  return documentIdFromUrl(page);
}

async function setRole(page: Page, role: '译者' | '审校'): Promise<void> {
  await page.getByRole('combobox', { name: '角色' }).selectOption({ label: role });
}

const status = (page: Page, number: number) =>
  page
    .locator('[role="row"]')
    .filter({ has: cell(page, number, 'zh') })
    .locator('.status-chip');

test('Ctrl+Enter confirms at the role’s level and lands on the next unit that needs that role', async ({
  page,
  host,
}) => {
  const id = await openProgramme(page, host);

  // Translator: unit 2 has no English yet. Write it, confirm, and land on unit 3's English.
  await cell(page, 2, 'en').click();
  await page.keyboard.type(
    'China Association for Science and Technology; People’s Government of Heilongjiang Province',
  );
  await page.keyboard.press('Control+Enter');
  await expect(status(page, 2)).toHaveText('已翻译');
  await expect(cell(page, 3, 'en')).toBeFocused();
  await page.keyboard.type('Harbin, China');
  await page.keyboard.press('Control+Enter');
  await expect(status(page, 3)).toHaveText('已翻译');
  await expect(cell(page, 4, 'en')).toBeFocused();
  // Confirming an empty translation is refused, with a reason.
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('还没有可确认的译文。')).toBeVisible();
  await expect(status(page, 4)).toHaveText('草稿');

  // Reviewer: the next unit needing review is the first translated one.
  await setRole(page, '审校');
  await cell(page, 1, 'en').click();
  await page.keyboard.press('Control+Shift+ArrowDown'); // next unconfirmed: unit 4 (draft)
  await expect(cell(page, 4, 'en')).toBeFocused();
  await cell(page, 2, 'en').click();
  await page.keyboard.press('Control+Enter');
  await expect(status(page, 2)).toHaveText('已审校');
  await expect(cell(page, 3, 'en')).toBeFocused();
  await page.keyboard.press('Control+Alt+Enter'); // approve: a reviewer's explicit act
  await expect(status(page, 3)).toHaveText('已批准');

  // Ctrl+↑/↓ move between units.
  await cell(page, 6, 'en').click();
  await page.keyboard.press('Control+ArrowUp');
  await expect(cell(page, 5, 'en')).toBeFocused();
  await page.keyboard.press('Control+ArrowDown');
  await expect(cell(page, 6, 'en')).toBeFocused();

  await expectSaved(page);
  const saved = await host.readDocument(id);
  expect(saved.units.slice(1, 4).map((unit) => unit.status)).toEqual([
    'reviewed',
    'approved',
    'draft',
  ]);
});

test('a stale flag appears when approved Chinese is edited, shows the change, and clears on reconfirmation', async ({
  page,
  host,
}) => {
  const id = await openProgramme(page, host);
  await setRole(page, '审校');
  await cell(page, 3, 'en').click();
  await page.keyboard.type('Harbin, China');
  await page.keyboard.press('Control+Alt+Enter');
  await expect(status(page, 3)).toHaveText('已批准');

  await editCell(page, 3, 'zh');
  await page.keyboard.press('Home');
  await page.keyboard.insertText('黑龙江·');
  await page.keyboard.press('Escape');
  const row = page.locator('[role="row"]').filter({ has: cell(page, 3, 'zh') });
  await expect(row.getByText('原文已改')).toBeVisible();
  await expect(row.locator('.cell-notice-stale ins')).toHaveText('黑龙江·');
  await expect(status(page, 3)).toHaveText('已批准');
  await page.getByRole('button', { name: /原文已改/ }).click(); // the filter
  await expect(page.getByText('显示 1 / 13 个单元')).toBeVisible();

  await cell(page, 3, 'en').click();
  await page.keyboard.press('Control+Enter');
  // No longer stale: it leaves the "source changed" view.
  await expect(page.getByText('显示 0 / 13 个单元')).toBeVisible();
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(row.getByText('原文已改')).toHaveCount(0);
  await expect(status(page, 3)).toHaveText('已审校');
  await expectSaved(page);
  const unit = (await host.readDocument(id)).units[2];
  expect(unit?.confirmedSource).toBe('黑龙江·中国·哈尔滨');
});

test('comments survive a reload, resolved and reopened', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByRole('dialog', { name: '设置' }).getByLabel('你的名字').fill('李审校');
  await page.getByRole('dialog', { name: '设置' }).getByRole('button', { name: '保存' }).click();
  await openProgramme(page, host);
  await cell(page, 4, 'en').click();
  await page.keyboard.press('Control+Alt+m');
  await expect(page.getByLabel('新批注')).toBeFocused();
  await page.keyboard.insertText('日期格式用 June 29, 2019');
  // A draft stays with its unit while the panel shows another one.
  await cell(page, 5, 'en').click();
  await expect(page.getByLabel('新批注')).toHaveValue('');
  await cell(page, 4, 'en').click();
  await expect(page.getByLabel('新批注')).toHaveValue('日期格式用 June 29, 2019');
  // Ctrl+Enter in the comment box posts the comment (and does not confirm the unit).
  await page.getByLabel('新批注').press('Control+Enter');
  await expect(page.getByLabel('新批注')).toHaveValue('');
  await expect(status(page, 4)).toHaveText('草稿');
  const panel = page.getByRole('complementary', { name: '第 4 个单元' });
  await panel.getByLabel('回复').fill('好的');
  await panel.getByLabel('回复').press('Enter');
  await expect(page.getByRole('button', { name: '1 条未解决批注' })).toBeVisible();
  await expectSaved(page);

  await page.reload();
  await page.getByRole('button', { name: '1 条未解决批注' }).click();
  await expect(panel.getByText('日期格式用 June 29, 2019')).toBeVisible();
  await expect(panel.getByText('好的')).toBeVisible();
  await expect(panel.getByText('李审校').first()).toBeVisible();
  await panel.getByRole('button', { name: '解决' }).click();
  await expect(page.getByRole('button', { name: '1 条未解决批注' })).toHaveCount(0);
  await expect(panel.getByText(/李审校 已于 .* 解决/)).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await cell(page, 4, 'en').click();
  await page
    .getByRole('complementary', { name: '第 4 个单元' })
    .getByRole('button', { name: '重新打开' })
    .click();
  await expect(page.getByRole('button', { name: '1 条未解决批注' })).toBeVisible();
});

test('filter, replace all, then undo: text and statuses come back', async ({ page, host }) => {
  const id = await openProgramme(page, host);
  await setRole(page, '审校');
  // Approve two translations that mention "Heilongjiang".
  await cell(page, 2, 'en').click();
  await page.keyboard.type('CAST; People’s Government of Heilongjiang Province');
  await page.keyboard.press('Control+Alt+Enter');
  await cell(page, 3, 'en').click();
  await page.keyboard.type('Harbin, Heilongjiang');
  await page.keyboard.press('Control+Alt+Enter');
  await expect(status(page, 3)).toHaveText('已批准');
  await expectSaved(page);
  const before = await host.readDocument(id);

  await page.getByRole('button', { name: /^已批准/ }).click(); // status filter
  await expect(page.getByText('显示 2 / 13 个单元')).toBeVisible();
  await page.keyboard.press('Control+h');
  await page.getByRole('searchbox').fill('Heilongjiang');
  await page.getByLabel('替换为').fill('HLJ');
  await page.getByRole('combobox', { name: '替换范围' }).selectOption({ label: '英文' });
  await expect(
    page.getByRole('list', { name: '将要修改的内容' }).getByRole('listitem'),
  ).toHaveCount(2);
  await expect(page.getByText('将替换 2 处')).toBeVisible();
  await page.getByRole('button', { name: '全部替换' }).click();
  await expect(
    page.getByText('已在 2 个单元中替换 2 处。 2 个已确认单元需要重新确认。'),
  ).toBeVisible();
  // A replacement lowers approved units to the reviewer's level: never silently approved.
  await expect(page.getByText('显示 0 / 13 个单元')).toBeVisible();
  await expectSaved(page);
  const replaced = await host.readDocument(id);
  expect(replaced.units.slice(1, 3).map((unit) => [plainText(unit.en), unit.status])).toEqual([
    ['CAST; People’s Government of HLJ Province', 'reviewed'],
    ['Harbin, HLJ', 'reviewed'],
  ]);

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByText('显示 2 / 13 个单元')).toBeVisible();
  await expectSaved(page);
  const undone = await host.readDocument(id);
  expect(undone.units.map((unit) => [unit.en, unit.status])).toEqual(
    before.units.map((unit) => [unit.en, unit.status]),
  );

  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByText('显示 0 / 13 个单元')).toBeVisible();
});

test('split a unit at the caret and merge it back, both undoable', async ({ page, host }) => {
  const id = await openProgramme(page, host);
  await editCell(page, 1, 'zh');
  await page.keyboard.press('Home');
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+Alt+s');
  await expect(cell(page, 1, 'zh')).toHaveText('第二十一届中');
  await expect(cell(page, 2, 'zh')).toHaveText('国科协年会');
  await expect(cell(page, 2, 'zh')).toBeFocused();
  await expect(page.getByRole('contentinfo').getByText('草稿 14')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(cell(page, 1, 'zh')).toHaveText('第二十一届中国科协年会');
  await expect(page.getByRole('contentinfo').getByText('草稿 13')).toBeVisible();

  await cell(page, 2, 'zh').click();
  await page.keyboard.press('Control+Alt+j');
  await expect(cell(page, 2, 'zh')).toHaveText('中国科学技术协会 黑龙江省人民政府中国·哈尔滨');
  await expectSaved(page);
  expect((await host.readDocument(id)).units).toHaveLength(12);
  await page.keyboard.press('Control+z');
  await expect(cell(page, 3, 'zh')).toHaveText('中国·哈尔滨');
  await expectSaved(page);
  expect((await host.readDocument(id)).units).toHaveLength(13);
});

test('going straight back to a cell keeps everything typed in it, and Ctrl+Z works at once', async ({
  page,
  host,
}) => {
  const id = await openProgramme(page, host);
  await cell(page, 2, 'en').click();
  await page.keyboard.type('Harbin');
  await page.keyboard.press('Tab'); // on to unit 3's Chinese…
  await page.keyboard.type('x');
  await page.keyboard.press('Shift+Tab'); // …and straight back, before the screen would catch up
  await page.keyboard.type(', China');
  await expect(cell(page, 2, 'en')).toHaveText('Harbin, China');
  await expectSaved(page);
  expect(plainText((await host.readDocument(id)).units[1]?.en ?? [])).toBe('Harbin, China');

  await cell(page, 4, 'en').click();
  await page.keyboard.type('June');
  await page.keyboard.press('Control+z'); // right after typing: the whole word goes
  await expect(cell(page, 4, 'en')).toHaveText('');
});

test('replace counts every match, not only the units its preview lists', async ({ page, host }) => {
  await page.goto(host.url);
  const id = await createDocument(page, { en: 'Many matches' });
  // 60 units that mention Harbin, saved through the same API the editor uses.
  await page.evaluate(async (documentId) => {
    const call = async (channel: string, body: unknown) => {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value: { revision: number } };
    };
    const current = await call('document.get', { id: documentId });
    const edits = Array.from({ length: 60 }, (_, i) => ({
      op: 'insertUnit',
      index: 0,
      unit: { id: `many${i}`, zh: [], en: [{ text: `Harbin ${i}` }], status: 'draft' },
    }));
    await call('document.applyEdits', {
      id: documentId,
      baseRevision: current.value.revision,
      edits,
    });
  }, id);
  await page.reload();
  await expect(cell(page, 1, 'en')).toHaveText('Harbin 59');
  await page.keyboard.press('Control+h');
  await page.getByRole('searchbox').fill('Harbin');
  await page.getByLabel('替换为').fill('Ha’erbin');
  await page.getByRole('combobox', { name: '替换范围' }).selectOption({ label: '英文' });
  await expect(page.getByText('将替换 60 处')).toBeVisible();
  await page.getByRole('button', { name: '全部替换' }).click();
  await expectSaved(page);
  const replaced = await host.readDocument(id);
  expect(replaced.units.filter((unit) => plainText(unit.en).startsWith('Ha’erbin'))).toHaveLength(
    60,
  );
});
