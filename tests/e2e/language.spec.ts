import { cell, createDocument, expect, expectSaved, test } from './support/fixtures';

test.describe('first start on an English system', () => {
  test.use({ locale: 'en-US' });

  test('the UI follows the OS language, switches at runtime and remembers the choice', async ({
    page,
    host,
  }) => {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'No documents yet' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add samples' }).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page
      .getByRole('group', { name: 'Interface language' })
      .getByRole('button', { name: '中文' })
      .click();
    await expect(page.getByRole('heading', { name: '还没有文档' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '文档库' })).toBeVisible();
    await expect(page.getByRole('tab', { name: /回收站/ })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    await page.reload();
    await expect(page.getByRole('heading', { name: '还没有文档' })).toBeVisible();

    // Back to following the system, from the settings dialog.
    await page.getByRole('button', { name: '设置' }).click();
    const dialog = page.getByRole('dialog', { name: '设置' });
    await dialog.getByLabel('跟随系统（English）').check();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { name: 'No documents yet' })).toBeVisible();
  });
});

test('on a Chinese system the UI starts in Chinese, editor chrome included', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '还没有文档' })).toBeVisible();
  await expect(page.getByRole('button', { name: '添加示例' }).first()).toBeVisible();
  await createDocument(page, { zh: '第二十一届中国科协年会' });
  await expect(
    page.getByRole('toolbar', { name: '格式与单元' }).getByRole('button', { name: '加粗' }),
  ).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /中文\s*原文/ })).toBeVisible();

  // Switching language mid-edit keeps the open document and the edit under way.
  await cell(page, 1, 'en').click();
  await page.keyboard.type('CAST and the People’s Government of Heilongjiang');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page
      .getByRole('toolbar', { name: 'Formatting and units' })
      .getByRole('button', { name: 'Bold' }),
  ).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /Chinese\s*Original/ })).toBeVisible();
  await cell(page, 1, 'en', 'en').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Province');
  await expectSaved(page, 'en');
  await page.reload();
  await expect(cell(page, 1, 'en', 'en')).toHaveText(
    'CAST and the People’s Government of Heilongjiang Province',
  );
});
