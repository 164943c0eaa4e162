import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Edit } from '../../../shared/edits/edit';
import { plainText } from '../../../shared/model/richText';
import { BY_TRANSLATOR } from '../../support/actors';
import { servicesFor } from '../../support/services';
import { tempDataDirPerTest } from '../../support/tempDataDir';

const dir = tempDataDirPerTest();

const title = { zh: '日志', en: 'Journal' };
const journalPath = (id: string) => join(dir.path, 'documents', `${id}.journal`);

/**
 * A document with `saves` saves in its journal, left as a crash would leave it: the services
 * are dropped without closing (their lock released by hand, as the next start would take it).
 */
async function crashAfterSaves(saves: number): Promise<{ id: string; unitId: string }> {
  const services = await servicesFor(dir.path);
  const { id } = await services.call('library.create', {
    kind: 'text',
    title,
    sourceLanguage: 'zh',
  });
  const unitId = (await services.call('document.get', { id })).units[0]!.id;
  for (let revision = 0; revision < saves; revision += 1) {
    const edit: Edit = {
      op: 'setText',
      ...BY_TRANSLATOR,
      unitId,
      side: 'zh',
      text: [{ text: `第${revision + 1}稿` }],
    };
    await services.call('document.applyEdits', { id, baseRevision: revision, edits: [edit] });
  }
  const { LOCK_FILE_NAME } = await import('../../../electron/services/storage/dataFolderLock');
  await (await import('node:fs/promises')).unlink(join(dir.path, LOCK_FILE_NAME));
  return { id, unitId };
}

describe('the edit journal', () => {
  it('replays saves that never reached the document file, after a crash', async () => {
    const { id } = await crashAfterSaves(5);
    const reader = await servicesFor(dir.path, { readOnly: true });
    const listed = (await reader.call('library.list', {})).documents[0];
    expect(listed).toMatchObject({ id });
    const read = await reader.call('document.get', { id });
    expect(read.revision).toBe(5);
    expect(plainText(read.units[0]!.zh)).toBe('第5稿');
    await reader.close();

    const writer = await servicesFor(dir.path);
    expect((await writer.call('document.get', { id })).revision).toBe(5);
    // The writer brought the file up to date and dropped the journal at start.
    expect(await readdir(join(dir.path, 'documents'))).toEqual([`${id}.json`]);
    await writer.close();
  });

  it('ignores a last line cut off mid-append: that save was never acknowledged', async () => {
    const { id } = await crashAfterSaves(3);
    await appendFile(
      journalPath(id),
      '{"v":1,"revision":4,"updatedAt":"2026-11-21T00:00:00.000Z","ed',
    );
    const services = await servicesFor(dir.path);
    const document = await services.call('document.get', { id });
    expect(document.revision).toBe(3);
    expect((await services.call('library.list', {})).problems).toEqual([]);
    await services.close();
  });

  it('skips entries the document file already holds (a crash between writing it and dropping the journal)', async () => {
    const { id, unitId } = await crashAfterSaves(4);
    const journal = await readFile(journalPath(id), 'utf8');
    // Write the document as compaction would, then "crash" before the journal goes.
    const services = await servicesFor(dir.path);
    await services.close();
    await writeFile(journalPath(id), journal);
    const again = await servicesFor(dir.path);
    const document = await again.call('document.get', { id });
    expect(document.revision).toBe(4);
    expect(document.units.find((unit) => unit.id === unitId)?.zh).toEqual([{ text: '第4稿' }]);
    await again.close();
  });

  it('replays the last entry of a revision written twice (a failed append, then its retry)', async () => {
    const { id } = await crashAfterSaves(2);
    const lines = (await readFile(journalPath(id), 'utf8')).split('\n');
    const unacknowledged = lines[1]!.replace('第2稿', '未确认的一稿');
    lines.splice(1, 0, unacknowledged);
    await writeFile(journalPath(id), lines.join('\n'));
    const reader = await servicesFor(dir.path, { readOnly: true });
    const document = await reader.call('document.get', { id });
    expect(document.revision).toBe(2);
    expect(plainText(document.units[0]!.zh)).toBe('第2稿');
    await reader.close();
  });

  it('moves a damaged journal aside, reports it, and keeps the edits before the damage', async () => {
    const { id } = await crashAfterSaves(4);
    const lines = (await readFile(journalPath(id), 'utf8')).split('\n');
    lines[2] = '{ not json';
    await writeFile(journalPath(id), lines.join('\n'));
    const services = await servicesFor(dir.path);
    const document = await services.call('document.get', { id });
    expect(document.revision).toBe(2);
    const { problems } = await services.call('library.list', {});
    expect(problems).toMatchObject([{ file: `documents/${id}.journal`, reason: 'journalDamaged' }]);
    expect(problems[0]?.movedTo).toMatch(
      new RegExp(`^documents/${id}\\.corrupt-\\d{8}T\\d{6}Z\\.journal$`),
    );
    await services.close();
  });
});
