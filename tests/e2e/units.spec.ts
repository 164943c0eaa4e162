import { cell, createDocument, expect, expectSaved, test } from './support/fixtures';

test('units: line breaks, pasted paragraphs, a note, deleting with confirmation', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const id = await createDocument(page, { zh: '单元操作' });

  // Enter breaks the line inside the cell.
  await cell(page, 1, 'zh').click();
  await page.keyboard.insertText('中国科学技术协会');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('黑龙江省人民政府');

  // Pasted paragraphs become lines of one cell, keeping their marks.
  await page.keyboard.press('Tab');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/html', '<p>The 21<sup>st</sup> Annual Meeting</p><h2>of <b>CAST</b></h2>');
    data.setData('text/plain', 'The 21st Annual Meeting\nof CAST');
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(cell(page, 1, 'en').locator('sup')).toHaveText('st');

  // A note, from the toolbar.
  await page.getByRole('toolbar').getByRole('button', { name: '备注…' }).click();
  const noteDialog = page.getByRole('dialog', { name: '第 1 个单元的备注' });
  await expect(noteDialog.getByLabel('备注')).toBeFocused();
  await page.keyboard.insertText('主办单位名称以红头文件为准');
  await noteDialog.getByRole('button', { name: '保存' }).click();
  await expect(
    page.getByRole('button', { name: /备注\s*主办单位名称以红头文件为准/ }),
  ).toBeVisible();
  await expectSaved(page);

  const saved = await host.readDocument(id);
  expect(saved.units[0]).toMatchObject({
    zh: [{ text: '中国科学技术协会\n黑龙江省人民政府' }],
    en: [
      { text: 'The 21' },
      { text: 'st', marks: ['superscript'] },
      { text: ' Annual Meeting\nof ' },
      { text: 'CAST', marks: ['bold'] },
    ],
    note: '主办单位名称以红头文件为准',
  });

  // An empty unit is deleted at once; one with text asks first.
  await cell(page, 1, 'en').click();
  await page.keyboard.press('Control+Shift+Enter');
  await expect(cell(page, 2, 'en')).toBeFocused();
  await page.keyboard.press('Control+Shift+Backspace');
  await expect(cell(page, 2, 'en')).toHaveCount(0);

  await cell(page, 1, 'zh').click();
  await page.getByRole('toolbar').getByRole('button', { name: '删除单元' }).click();
  const confirm = page.getByRole('dialog', { name: '删除第 1 个单元？' });
  await expect(confirm.getByRole('button', { name: '删除' })).toBeFocused();
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(cell(page, 1, 'zh')).toContainText('黑龙江省人民政府');
  await page.getByRole('toolbar').getByRole('button', { name: '删除单元' }).click();
  await page
    .getByRole('dialog', { name: '删除第 1 个单元？' })
    .getByRole('button', { name: '删除' })
    .click();
  await expect(page.getByText('此文档还没有单元。')).toBeVisible();
  await expectSaved(page);
  expect((await host.readDocument(id)).units).toEqual([]);

  await page.getByRole('main').getByRole('button', { name: '在下方插入单元' }).click();
  await expect(cell(page, 1, 'zh')).toBeFocused();
});

test('library: rename from the editor, duplicate, delete to the trash and restore', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '添加示例' }).first().click();
  await page.getByRole('button', { name: '中国科协2021年工作会议' }).click();
  await page.getByRole('button', { name: '重命名' }).click();
  const rename = page.getByRole('dialog', { name: '重命名文档' });
  await expect(rename.getByLabel('中文标题')).toBeFocused();
  await rename.getByLabel('中文标题').fill('中国科协召开2021年工作会议');
  await rename.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: /中国科协召开2021年工作会议/ })).toBeVisible();

  await page.getByRole('button', { name: '文档库' }).click();
  const actions = page.getByRole('group', { name: '“中国科协召开2021年工作会议”的操作' });
  await actions.getByRole('button', { name: '创建副本' }).click();
  await expect(
    page.getByRole('button', { name: '中国科协召开2021年工作会议（副本）' }),
  ).toBeVisible();

  await actions.getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('已将“中国科协召开2021年工作会议”移到回收站。')).toBeVisible();
  await expect(
    page.getByRole('button', { name: '中国科协召开2021年工作会议', exact: true }),
  ).toHaveCount(0);
  await page.getByRole('tab', { name: /回收站/ }).click();
  await page
    .getByRole('group', { name: '“中国科协召开2021年工作会议”的操作' })
    .getByRole('button', { name: '恢复' })
    .click();
  await expect(page.getByText('已恢复“中国科协召开2021年工作会议”。')).toBeVisible();
  await page.getByRole('tab', { name: /^文档/ }).click();
  await expect(
    page.getByRole('button', { name: '中国科协召开2021年工作会议', exact: true }),
  ).toBeVisible();
  expect(await host.documentIds()).toHaveLength(3);
});
