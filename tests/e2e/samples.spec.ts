import { cell, expect, test } from './support/fixtures';

test('both samples open: the programme Chinese-first with its cover, the release English-first with its repairs shown', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '添加示例' }).first().click();
  await expect(page.getByText('已添加 2 个示例文档。')).toBeVisible();

  await page.getByRole('button', { name: '第二十一届中国科协年会' }).click();
  await expect(page.getByRole('columnheader', { name: /中文\s*原文/ })).toBeVisible();
  await expect(cell(page, 1, 'zh')).toHaveText('第二十一届中国科协年会');
  await expect(cell(page, 1, 'en').locator('sup')).toHaveText('st');
  await expect(cell(page, 4, 'zh')).toHaveText('2019年6月29日');
  await expect(cell(page, 4, 'en')).toHaveText(''); // no English in the source: waits for translation
  await expect(cell(page, 9, 'en').locator('strong')).toHaveText('Think tanks:');
  await expect(
    page.getByRole('row').filter({ hasText: 'Think tanks:' }).getByText('草稿'),
  ).toBeVisible();

  await page.getByRole('button', { name: '文档库' }).click();
  await page.getByRole('button', { name: '中国科协2021年工作会议' }).click();
  await expect(page.getByRole('columnheader', { name: /英文\s*原文/ })).toBeVisible();
  await expect(cell(page, 2, 'en')).toContainText(
    '"Scientific and Technological Innovation in China" was attended',
  );
  await expect(page.getByRole('main')).not.toContainText('\uFFFD');
  const repaired = page.getByRole('button', { name: /已修复：删除了右引号后的乱码字符 U\+FFFD/ });
  await expect(repaired).toHaveCount(3);
  await expect(page.getByRole('button', { name: /Source page metadata/ })).toBeVisible();
});
