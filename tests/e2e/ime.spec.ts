import { plainText } from '../../shared/model/richText';
import { cell, createDocument, expect, expectSaved, test } from './support/fixtures';

/**
 * Chinese input goes through an IME: composition updates (pinyin), then the committed text.
 * Nothing may be doubled or lost, and no save may cut into a composition.
 */
test('IME input: nothing doubled, nothing lost, no save during a composition', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const id = await createDocument(page, { zh: '输入法测试' });
  const cdp = await page.context().newCDPSession(page);
  const compose = (text: string) =>
    cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
  const commit = (text: string) => cdp.send('Input.insertText', { text });
  const savedZh = async () => plainText((await host.readDocument(id)).units[0]?.zh ?? []);

  await cell(page, 1, 'zh').click();
  await compose('zhong');
  await compose('zhongwen');
  await commit('中文');
  await expectSaved(page);
  expect(await savedZh()).toBe('中文');

  // A composition that lasts longer than the autosave interval: nothing of it is saved early.
  await compose('shu');
  await compose('shuru');
  await page.waitForTimeout(1_500);
  expect(await savedZh()).toBe('中文');
  await compose('输入');
  await page.waitForTimeout(1_000);
  expect(await savedZh()).toBe('中文');
  // Committing the very text that was being composed produces no further change to the DOM.
  await commit('输入');
  await expectSaved(page);
  expect(await savedZh()).toBe('中文输入');

  // Full-width punctuation through the IME, then keys typed straight after the commit.
  await compose('，');
  await commit('，');
  await compose('fa');
  await commit('法');
  await page.keyboard.press('Tab');
  await expect(cell(page, 1, 'zh')).toHaveText('中文输入，法');
  await expectSaved(page);
  expect(await savedZh()).toBe('中文输入，法');
  await cdp.detach();

  await page.reload();
  await expect(cell(page, 1, 'zh')).toHaveText('中文输入，法');
});
