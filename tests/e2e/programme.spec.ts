import type { Locator, Page } from '@playwright/test';
import { plainText } from '../../shared/model/richText';
import { documentIdFromUrl, expect, expectSaved, test } from './support/fixtures';

/** A bilingual field of the open form, by its label: its Chinese and English inputs. */
function field(page: Page, label: string) {
  const form = page.locator('main.programme-main');
  return {
    zh: form.getByLabel(`${label}（中文）`, { exact: true }),
    en: form.getByLabel(`${label}（英文）`, { exact: true }),
  };
}

async function fillBoth(page: Page, label: string, zh: string, en: string): Promise<void> {
  const inputs = field(page, label);
  await inputs.zh.click();
  await page.keyboard.type(zh);
  await page.keyboard.press('Tab');
  await page.keyboard.type(en);
}

/** Picks (or creates, with Enter) an entity in a picker by typing its name. */
async function pick(page: Page, label: string, name: string): Promise<void> {
  const box = page.locator('main.programme-main').getByRole('combobox', { name: label });
  await box.click();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

async function setTimes(page: Page, start: string, end: string): Promise<void> {
  const form = page.locator('main.programme-main');
  await form.getByLabel('开始', { exact: true }).first().fill(start);
  await form.getByLabel('结束', { exact: true }).first().fill(end);
  await form.getByLabel('结束', { exact: true }).first().press('Enter');
}

function preview(page: Page): Locator {
  return page.getByTestId('programme-preview');
}

function checks(page: Page): Locator {
  return page.getByRole('region', { name: '检查' });
}

test('build a two-day programme, see it in the preview, make a room clash and clear it', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文档' }).first().click();
  const dialog = page.getByRole('dialog', { name: '新建文档' });
  await dialog.getByLabel('会议日程').check();
  await dialog.getByLabel('中文标题').fill('测试科技年会');
  await dialog.getByLabel('英文标题').fill('Test Science Meeting');
  await dialog.getByRole('button', { name: '创建' }).click();
  const id = await documentIdFromUrl(page);

  // The event: the title comes from the new-document dialog; the rest is typed here.
  await expect(field(page, '名称').zh).toHaveValue('测试科技年会');
  await fillBoth(page, '届次', '第一届', '1st');
  await fillBoth(page, '城市', '中国·北京', 'Beijing, China');
  const form = page.locator('main.programme-main');
  await form.getByLabel('开始日期').fill('2026-05-20');
  await form.getByLabel('结束日期').fill('2026-05-21');
  await pick(page, '主办', '中国科学技术协会');
  await expect(form.getByRole('button', { name: '中国科学技术协会', exact: true })).toBeVisible();

  // Two days, three sessions each, all in rooms picked or created by typing.
  const outline = page.getByRole('navigation', { name: '日程大纲' });
  await outline.getByRole('button', { name: '添加日期' }).click();
  await outline.getByRole('button', { name: '添加日期' }).click();
  await expect(outline.getByText('2026年5月21日（星期四）')).toBeVisible();
  const sessions: [number, string, string, string, string, string][] = [
    [1, '开幕式', 'Opening Ceremony', '09:00', '10:00', '一号厅'],
    [1, '主旨报告', 'Keynotes', '10:30', '12:00', '一号厅'],
    [1, '数字经济论坛', 'Digital Economy Forum', '14:00', '17:00', '二号厅'],
    [2, '青年科学家论坛', 'Young Scientists Forum', '09:00', '11:00', '一号厅'],
    [2, '企业家峰会', 'Entrepreneurs’ Summit', '09:00', '11:00', '二号厅'],
    [2, '闭幕式', 'Closing Ceremony', '15:00', '16:00', '一号厅'],
  ];
  for (const [day, zh, en, start, end, room] of sessions) {
    await outline
      .getByRole('region', { name: `第 ${day} 天` })
      .getByRole('button', { name: '添加场次' })
      .click();
    await fillBoth(page, '名称', zh, en);
    await setTimes(page, start, end);
    await pick(page, '会议室', room);
  }
  await pick(page, '主持人', '王芳');
  await expect(outline.getByRole('button', { name: /闭幕式/ })).toBeVisible();
  await expect(outline.locator('[data-session]')).toHaveCount(6);

  // The preview: the cover and the agenda, in both languages, as typed.
  await expect(preview(page).getByText('第一届测试科技年会')).toBeVisible();
  await expect(
    preview(page).getByText('Test Science Meeting', { exact: false }).first(),
  ).toBeVisible();
  await expect(preview(page).getByText('中国·北京')).toBeVisible();
  await expect(preview(page).getByText('2026年5月20日（星期三）')).toBeVisible();
  await expect(preview(page).getByText('Thursday, May 21, 2026')).toBeVisible();
  await expect(preview(page).getByText('Digital Economy Forum')).toBeVisible();
  await expect(preview(page).getByText('青年科学家论坛')).toBeVisible();
  await expect(checks(page).getByRole('button', { name: /同时使用/ })).toHaveCount(0);

  // A clash: the keynotes moved to 09:30 overlap the opening in 一号厅.
  await outline.getByRole('button', { name: /主旨报告/ }).click();
  await setTimes(page, '09:30', '11:00');
  const clash = checks(page).getByRole('button', {
    name: '09:30 主旨报告 与 09:00 开幕式 同时使用 一号厅',
  });
  await expect(clash).toBeVisible();
  await expect(checks(page).getByText('1 个错误', { exact: false })).toBeVisible();

  // Fixing it clears it: the keynotes move to 二号厅, free that morning.
  await clash.click();
  const roomBox = form.getByRole('combobox', { name: '会议室' });
  await roomBox.click();
  await page.keyboard.press('Backspace');
  await page.keyboard.type('二号');
  await page.keyboard.press('Enter');
  await expect(clash).toHaveCount(0);
  await expect(checks(page).getByText('0 个错误', { exact: false })).toBeVisible();

  // Keyboard reorder: Alt+↓ moves the closing ceremony's neighbour below it.
  await outline.getByRole('button', { name: /企业家峰会/ }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(outline.locator('[data-session]').last()).toContainText('企业家峰会');

  // Drag: the closing ceremony dropped on the first session of day 2 goes before it.
  await outline
    .getByRole('button', { name: /闭幕式/ })
    .dragTo(outline.getByRole('button', { name: /青年科学家论坛/ }), {
      targetPosition: { x: 20, y: 2 },
    });
  await expect(outline.locator('[data-session]').nth(3)).toContainText('闭幕式');
  // Undo and redo work here as in the grid.
  await page.keyboard.press('Control+z');
  await expect(outline.locator('[data-session]').nth(4)).toContainText('闭幕式');
  await page.keyboard.press('Control+Shift+z');
  await expect(outline.locator('[data-session]').nth(3)).toContainText('闭幕式');

  await expectSaved(page);
  const saved = await host.readDocument(id);
  const programme = saved.programme!;
  expect(programme.days.map((day) => [day.date, day.sessions.length])).toEqual([
    ['2026-05-20', 3],
    ['2026-05-21', 3],
  ]);
  expect(programme.rooms).toHaveLength(2);
  const text = (unitId: string | undefined) =>
    plainText(saved.units.find((unit) => unit.id === unitId)?.en ?? []);
  expect(programme.days[1]!.sessions.map((session) => text(session.title))).toEqual([
    'Closing Ceremony',
    'Young Scientists Forum',
    'Entrepreneurs’ Summit',
  ]);

  // The same texts are units of the review grid, in reading order.
  await page.getByRole('radio', { name: '审校表格' }).check();
  await expect(page.getByRole('row').filter({ hasText: '第一届' }).first()).toBeVisible();
  // Each row says what it is in the programme.
  await expect(
    page.getByRole('row').filter({ hasText: 'Keynotes' }).getByText('场次名称'),
  ).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '王芳' }).getByText('人名')).toBeVisible();
});
