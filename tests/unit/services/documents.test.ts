import { BY_TRANSLATOR } from '../../support/actors';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract/dispatch';
import { documentSchema } from '../../../shared/model/document';
import { servicesFor } from '../../support/services';
import { tempDataDirPerTest } from '../../support/tempDataDir';

const dir = tempDataDirPerTest();

const title = { zh: '第二十一届中国科协年会', en: 'The 21st Annual Meeting' };

describe('documents service', () => {
  it('starts a new programme with its structure, titled from the document title', async () => {
    const services = await servicesFor(dir.path);
    const entry = await services.call('library.create', {
      kind: 'programme',
      title,
      sourceLanguage: 'zh',
    });
    const document = await services.call('document.get', { id: entry.id });
    const titleUnit = document.units.find((unit) => unit.id === document.programme?.title);
    expect(titleUnit).toMatchObject({
      zh: [{ text: title.zh }],
      en: [{ text: title.en }],
      status: 'draft',
    });
    expect(document.units).toHaveLength(1);
  });

  it('creates, edits and reopens a document with text, marks and order intact', async () => {
    const first = await servicesFor(dir.path);
    // A text: its units are ordered by hand (a programme's follow its structure).
    const entry = await first.call('library.create', {
      kind: 'text',
      title,
      sourceLanguage: 'zh',
    });
    const document = await first.call('document.get', { id: entry.id });
    const unitA = document.units[0]!.id;
    const saved = await first.call('document.applyEdits', {
      id: entry.id,
      baseRevision: 0,
      edits: [
        { op: 'setText', ...BY_TRANSLATOR, unitId: unitA, side: 'zh', text: [{ text: '开幕式' }] },
        { op: 'insertUnit', index: 1, unit: { id: 'unitb', zh: [], en: [], status: 'draft' } },
        {
          op: 'setText',
          ...BY_TRANSLATOR,
          unitId: 'unitb',
          side: 'en',
          text: [
            { text: 'The 21' },
            { text: 'st', marks: ['superscript'] },
            { text: ' bold', marks: ['bold'] },
          ],
        },
        { op: 'moveUnit', unitId: 'unitb', toIndex: 0 },
      ],
    });
    expect(saved.revision).toBe(1);
    await first.close();

    const second = await servicesFor(dir.path);
    const reopened = await second.call('document.get', { id: entry.id });
    expect(reopened.revision).toBe(1);
    expect(reopened.units.map((unit) => unit.id)).toEqual(['unitb', unitA]);
    expect(reopened.units[0]!.en).toEqual([
      { text: 'The 21' },
      { text: 'st', marks: ['superscript'] },
      { text: ' bold', marks: ['bold'] },
    ]);
    expect(reopened.units[1]!.zh).toEqual([{ text: '开幕式' }]);
    const listing = await second.call('library.list', {});
    expect(listing.documents).toMatchObject([{ id: entry.id, unitCount: 2, title }]);
    await second.close();
  });

  it('refuses a save based on an old revision, and an edit naming a missing unit, changing nothing', async () => {
    const services = await servicesFor(dir.path);
    const { id } = await services.call('library.create', {
      kind: 'text',
      title,
      sourceLanguage: 'zh',
    });
    const unitId = (await services.call('document.get', { id })).units[0]!.id;
    const edit = {
      op: 'setText' as const,
      ...BY_TRANSLATOR,
      unitId,
      side: 'zh' as const,
      text: [{ text: '一' }],
    };
    await services.call('document.applyEdits', { id, baseRevision: 0, edits: [edit] });
    const stale = await dispatch(services.handlers, 'document.applyEdits', {
      id,
      baseRevision: 0,
      edits: [edit],
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'revisionConflict' } });
    const missing = await dispatch(services.handlers, 'document.applyEdits', {
      id,
      baseRevision: 1,
      edits: [edit, { op: 'deleteUnit', unitId: 'nope' }],
    });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'editRejected', params: { reason: 'unitNotFound' } },
    });
    expect((await services.call('document.get', { id })).revision).toBe(1);
    await services.close();
  });

  it('saves edits to a journal at once, writes them into the document file on close, and leaves no temporary file', async () => {
    const services = await servicesFor(dir.path);
    const { id } = await services.call('library.create', {
      kind: 'text',
      title,
      sourceLanguage: 'en',
    });
    const unitId = (await services.call('document.get', { id })).units[0]!.id;
    for (let revision = 0; revision < 20; revision += 1) {
      await services.call('document.applyEdits', {
        id,
        baseRevision: revision,
        edits: [
          { op: 'setText', ...BY_TRANSLATOR, unitId, side: 'en', text: [{ text: `v${revision}` }] },
        ],
      });
    }
    const documents = join(dir.path, 'documents');
    expect((await readdir(documents)).sort()).toEqual([`${id}.journal`, `${id}.json`]);
    const journal = (await readFile(join(documents, `${id}.journal`), 'utf8')).trim().split('\n');
    expect(journal).toHaveLength(20);
    expect(JSON.parse(journal[19]!)).toMatchObject({
      revision: 20,
      edits: [{ op: 'setText', text: [{ text: 'v19' }] }],
    });

    await services.close();
    expect(await readdir(documents)).toEqual([`${id}.json`]);
    const onDisk = JSON.parse(await readFile(join(documents, `${id}.json`), 'utf8')) as {
      revision: number;
      units: { en: unknown }[];
    };
    expect(onDisk.revision).toBe(20);
    expect(onDisk.units[0]!.en).toEqual([{ text: 'v19' }]);
  });

  it('renames, duplicates, trashes and restores', async () => {
    const services = await servicesFor(dir.path);
    const { id } = await services.call('library.create', {
      kind: 'release',
      title,
      sourceLanguage: 'en',
    });
    await services.call('library.rename', { id, title: { zh: '新闻稿', en: 'Release' } });
    const copy = await services.call('library.duplicate', { id });
    expect(copy.title).toEqual({ zh: '新闻稿（副本）', en: 'Release (copy)' });
    expect(copy.id).not.toBe(id);
    await services.call('library.trash', { id });
    let listing = await services.call('library.list', {});
    expect(listing.documents.map((entry) => entry.id)).toEqual([copy.id]);
    expect(listing.trash.map((entry) => entry.id)).toEqual([id]);
    await services.call('library.restore', { id });
    listing = await services.call('library.list', {});
    expect(listing.documents.map((entry) => entry.id).sort()).toEqual([id, copy.id].sort());
    expect(listing.trash).toEqual([]);
    await services.close();
  });

  it('adds both samples', async () => {
    const services = await servicesFor(dir.path);
    const added = await services.call('library.addSamples', {});
    expect(added.map((entry) => [entry.kind, entry.sourceLanguage])).toEqual([
      ['programme', 'zh'],
      ['release', 'en'],
    ]);
    // The programme comes with its structure, which the stored document keeps.
    const programme = await services.call('document.get', { id: added[0]!.id });
    expect(programme.programme?.days[0]?.sessions).toHaveLength(5);
    expect(programme.programme?.startDate).toBe('2019-06-29');
    expect(documentSchema.safeParse(programme).success).toBe(true);
    const release = await services.call('document.get', { id: added[1]!.id });
    expect(release.units.filter((unit) => unit.note?.includes('U+FFFD'))).toHaveLength(3);
    await services.close();
  });

  it('remembers settings', async () => {
    const first = await servicesFor(dir.path);
    expect(await first.call('settings.get', {})).toMatchObject({
      uiLanguage: null,
      authorName: '',
    });
    await first.call('settings.update', { uiLanguage: 'en', authorName: ' 王芳 ' });
    await first.close();
    const second = await servicesFor(dir.path);
    expect(await second.call('settings.get', {})).toMatchObject({
      uiLanguage: 'en',
      authorName: '王芳',
    });
    await second.close();
  });
});
