import { plainText } from '../../shared/model/richText';
import { cell, createDocument, expect, expectSaved, test } from './support/fixtures';

test('a save that fails says so, keeps the edit, and saves it on retry', async ({ page, host }) => {
  await page.goto(host.url);
  const id = await createDocument(page, { en: 'Retry test' });
  await expectSaved(page);

  await host.stop();
  await cell(page, 1, 'en').click();
  await page.keyboard.type('Typed while the service was down');
  await expect(page.getByRole('alert').filter({ hasText: '保存失败' })).toBeVisible();
  await expect(
    page.getByText('无法连接对照的后台服务。你的修改保留在此页面中，服务恢复后会自动保存。'),
  ).toBeVisible();

  await host.start();
  await page.getByRole('button', { name: '重试' }).click();
  await expectSaved(page);
  expect(plainText((await host.readDocument(id)).units[0]?.en ?? [])).toBe(
    'Typed while the service was down',
  );
});
