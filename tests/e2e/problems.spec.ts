import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

test('a truncated document file is moved aside and reported by name; the rest of the library opens', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '添加示例' }).first().click();
  await expect(page.getByRole('button', { name: '中国科协2021年工作会议' })).toBeVisible();
  const listing = (await (
    await page.request.post(`${host.url}api/library.list`, {
      data: {},
      headers: { 'Content-Type': 'application/json' },
    })
  ).json()) as { value: { documents: Array<{ id: string; kind: string }> } };
  const programme = listing.value.documents.find((entry) => entry.kind === 'programme');
  if (!programme) throw new Error('sample programme missing');

  await host.stop();
  const file = join(host.dataDir, 'documents', `${programme.id}.json`);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.slice(0, text.length / 2));
  await host.start();
  await page.goto(host.url);

  const banner = page.getByRole('region', { name: '有文件无法打开' });
  await expect(banner).toContainText(`documents/${programme.id}.json 不完整（文件被截断）`);
  await expect(banner).toContainText(
    new RegExp(`已将其移到 documents/${programme.id}\\.corrupt-\\d{8}T\\d{6}Z\\.json`),
  );
  await expect(page.getByRole('button', { name: '第二十一届中国科协年会' })).toHaveCount(0);
  await page.getByRole('button', { name: '中国科协2021年工作会议' }).click();
  await expect(page.getByRole('textbox', { name: '第 1 个单元，英文' })).toContainText('BEIJING');

  await page.getByRole('button', { name: '文档库' }).click();
  await banner.getByRole('button', { name: '知道了' }).click();
  await expect(banner).toHaveCount(0);
});
