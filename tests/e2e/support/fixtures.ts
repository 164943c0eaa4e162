import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { DuizhaoDocument } from '../../../shared/model/document';
import { portOf, startHost, tempDataFolder, type HostProcess } from './browserHost';
import { readDocumentOnDisk } from './onDisk';

export interface HostFixture {
  readonly url: string;
  readonly dataDir: string;
  /** Stops the host and starts it again on the same port and data folder. */
  restart(signal?: NodeJS.Signals): Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<void>;
  start(): Promise<void>;
  /** A document as it is on disk right now. */
  readDocument(id: string): Promise<DuizhaoDocument>;
  documentIds(): Promise<string[]>;
}

/** Each test gets its own data folder and its own browser host over it. */
export const test = base.extend<{ dataDir: string; host: HostFixture }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  dataDir: async ({}, use) => {
    const folder = await tempDataFolder();
    await use(folder.path);
    await folder.remove();
  },
  host: async ({ dataDir }, use) => {
    const state: { current: HostProcess | null } = { current: await startHost(dataDir) };
    let port = portOf(state.current?.url ?? '');
    const fixture: HostFixture = {
      get url() {
        return `http://127.0.0.1:${port}/`;
      },
      dataDir,
      stop: async (signal) => {
        await state.current?.stop(signal);
        state.current = null;
      },
      start: async () => {
        state.current = await startHost(dataDir, port);
        port = portOf(state.current.url);
      },
      restart: async (signal) => {
        await fixture.stop(signal);
        await fixture.start();
      },
      readDocument: async (id) => {
        const onDisk = await readDocumentOnDisk(dataDir, id);
        if (!onDisk.ok)
          throw new Error(`document ${id} on disk: ${onDisk.reason} ${onDisk.detail}`);
        return onDisk.document;
      },
      documentIds: async () =>
        (await readdir(join(dataDir, 'documents')))
          .filter((name) => /^[a-z0-9]+\.json$/.test(name))
          .map((name) => name.slice(0, -5)),
    };
    await use(fixture);
    await state.current?.stop();
  },
});

export { expect };

/** A cell of the grid by unit number and side, whether it is static or being edited. */
export function cell(
  page: Page,
  number: number,
  side: 'zh' | 'en',
  ui: 'zh-CN' | 'en' = 'zh-CN',
): Locator {
  const name =
    ui === 'zh-CN'
      ? `第 ${number} 个单元，${side === 'zh' ? '中文' : '英文'}`
      : `Unit ${number}, ${side === 'zh' ? 'Chinese' : 'English'}`;
  return page.getByRole('textbox', { name, exact: true });
}

/** The id of the document the page shows, once it shows one. */
export async function documentIdFromUrl(page: Page): Promise<string> {
  await page.waitForURL(/#\/doc\/[a-z0-9]+$/);
  const match = /#\/doc\/([a-z0-9]+)$/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a document: ${page.url()}`);
  return match[1];
}

/** Types through a real IME composition: pinyin updates, then the committed text. */
export async function typeWithIme(page: Page, steps: string[], commit: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const step of steps) {
    await cdp.send('Input.imeSetComposition', {
      text: step,
      selectionStart: step.length,
      selectionEnd: step.length,
    });
  }
  await cdp.send('Input.insertText', { text: commit });
  await cdp.detach();
}

export async function expectSaved(page: Page, ui: 'zh-CN' | 'en' = 'zh-CN'): Promise<void> {
  await expect(
    page.getByRole('status').filter({ hasText: ui === 'zh-CN' ? '已保存' : 'Saved' }),
  ).toBeVisible();
}

/**
 * Creates a document through the New document dialog (Chinese UI) and returns its id once it
 * is open. Its kind is 文本 (text), chosen explicitly: the dialog's default, a programme, opens
 * in the programme editor rather than the unit grid these tests drive.
 */
export async function createDocument(
  page: Page,
  title: { zh?: string; en?: string },
): Promise<string> {
  await page.getByRole('button', { name: '新建文档' }).first().click();
  const dialog = page.getByRole('dialog', { name: '新建文档' });
  await dialog.getByRole('radio', { name: '文本', exact: true }).check();
  if (title.zh) await dialog.getByLabel('中文标题').fill(title.zh);
  if (title.en) await dialog.getByLabel('英文标题').fill(title.en);
  await dialog.getByRole('button', { name: '创建' }).click();
  return documentIdFromUrl(page);
}

/**
 * Clicks a cell and waits until the editor has settled. ProseMirror puts its own selection
 * back into the page a moment after the editor gains focus (a fix for Chrome); a caret key
 * sent within that moment — faster than any person — would be undone.
 */
export async function editCell(page: Page, number: number, side: 'zh' | 'en'): Promise<void> {
  await cell(page, number, side).click();
  await expect(cell(page, number, side)).toBeFocused();
  await page.waitForTimeout(250);
}
