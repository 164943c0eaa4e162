import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract/dispatch';
import { createI18n, describeError } from '../../../shared/i18n/i18n';
import { MAX_IMPORT_BASE64_LENGTH } from '../../../shared/programme/programmeFiles';
import { servicesFor } from '../../support/services';
import { tempDataDirPerTest } from '../../support/tempDataDir';

const dir = tempDataDirPerTest();

const base64 = (data: string | Uint8Array) =>
  Buffer.from(typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');

const AGENDA = [
  'type,date,start,end,kind,title_zh,title_en,room_zh,room_en,speakers_zh,speakers_en',
  'session,2019-06-30,09:00,10:30,opening,开幕式,Opening Ceremony,主会场,Main Hall,,',
  'talk,,09:10,09:30,,致辞,Welcome address,,,王五,Wang Wu',
  'session,2019-07-01,14:00,15:30,forum,论坛,Forum,主会场,Main Hall,,',
].join('\r\n');

async function documentFiles(): Promise<string[]> {
  return (await readdir(join(dir.path, 'documents'))).sort();
}

describe('importing and exporting programmes', () => {
  it('imports a CSV agenda as a new programme titled from the file name, and exports it again', async () => {
    const services = await servicesFor(dir.path);
    const entry = await services.call('library.import', {
      fileName: '第二十一届年会日程.csv',
      kind: 'programme',
      data: base64(AGENDA),
    });
    expect(entry).toMatchObject({
      kind: 'programme',
      title: { zh: '第二十一届年会日程', en: '' },
      sourceLanguage: 'zh',
    });
    const document = await services.call('document.get', { id: entry.id });
    expect(document.revision).toBe(0);
    expect(document.programme?.days.map((day) => day.date)).toEqual(['2019-06-30', '2019-07-01']);
    expect(document.programme?.rooms).toHaveLength(1);
    expect((await services.call('library.list', {})).documents).toHaveLength(1);

    const csv = await services.call('document.exportProgramme', { id: entry.id, format: 'csv' });
    expect(csv).toMatchObject({
      fileName: '第二十一届年会日程.csv',
      contentType: 'text/csv;charset=utf-8',
    });
    expect(csv.text).toContain('talk,,09:10,09:30,,致辞,Welcome address');
    const tsv = await services.call('document.exportProgramme', { id: entry.id, format: 'tsv' });
    expect(tsv.fileName).toBe('第二十一届年会日程.tsv');
    expect(tsv.text.split('\r\n')[1]).toMatch(/^session\t2019-06-30\t09:00\t10:30\topening\t/);

    const json = await services.call('document.exportProgramme', { id: entry.id, format: 'json' });
    expect(json.contentType).toBe('application/json');
    expect(JSON.parse(json.text)).toEqual(document);
    await services.close();
  });

  it('imports GBK bytes and a Duizhao JSON file (as a fresh copy)', async () => {
    const services = await servicesFor(dir.path);
    // "type,date\r\nsession,2019-06-30,会议" in GBK: 会议 is BB E1 D2 E9.
    const gbk = new Uint8Array([
      ...Buffer.from('type,date,title_zh\r\nsession,2019-06-30,'),
      0xbb,
      0xe1,
      0xd2,
      0xe9,
    ]);
    const fromGbk = await services.call('library.import', {
      fileName: 'agenda.csv',
      kind: 'programme',
      data: base64(gbk),
    });
    expect(fromGbk.title).toEqual({ zh: '', en: 'agenda' });
    const original = await services.call('document.get', { id: fromGbk.id });
    expect(original.units.map((unit) => unit.zh)).toEqual([[{ text: '会议' }]]);

    const exported = await services.call('document.exportProgramme', {
      id: fromGbk.id,
      format: 'json',
    });
    const copy = await services.call('library.import', {
      fileName: exported.fileName,
      kind: 'programme',
      data: base64(exported.text),
    });
    expect(copy.id).not.toBe(fromGbk.id);
    expect(copy.title).toEqual(original.title);
    const reread = await services.call('document.get', { id: copy.id });
    expect(reread).toEqual({
      ...original,
      id: copy.id,
      createdAt: reread.createdAt,
      updatedAt: reread.updatedAt,
    });
    await services.close();
  });

  it('refuses a bad file with every problem and its line, and leaves the library as it was', async () => {
    const services = await servicesFor(dir.path);
    await services.call('library.create', {
      kind: 'text',
      title: { zh: '', en: 'Already here' },
      sourceLanguage: 'en',
    });
    const before = await documentFiles();
    const bad =
      'type,date,start,title_zh\r\nsession,2019-06-30,9.00,"两\r\n行"\r\ntalk,,25:00,\r\nsession,,,\r\n';
    const result = await dispatch(services.handlers, 'library.import', {
      fileName: 'bad.csv',
      kind: 'programme',
      data: base64(bad),
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'importRows',
        params: { file: 'bad.csv', rows: 3 },
        problems: [
          { line: 2, key: 'importProgramme.badTime', params: { column: 'start', value: '9.00' } },
          { line: 4, key: 'importProgramme.badTime', params: { column: 'start', value: '25:00' } },
          { line: 5, key: 'importProgramme.missingDate' },
        ],
      },
    });
    if (!result.ok) {
      const t = createI18n('en').t;
      expect(describeError(t, result.error).split('\n')).toEqual([
        'Nothing was imported from bad.csv: 3 of its rows could not be read.',
        'Line 2: “9.00” in start is not a time: write it as HH:MM.',
        'Line 4: “25:00” in start is not a time: write it as HH:MM.',
        'Line 5: A session needs a date (YYYY-MM-DD).',
      ]);
      expect(describeError(createI18n('zh-CN').t, result.error, { problems: false })).toBe(
        'bad.csv 中有 3 行无法读取，未导入任何内容。',
      );
    }
    expect(await documentFiles()).toEqual(before);
    expect((await services.call('library.list', {})).documents).toHaveLength(1);
    await services.close();
  });

  it('says clearly why other files are refused', async () => {
    const services = await servicesFor(dir.path);
    const attempt = async (fileName: string, data: string | Uint8Array) => {
      const result = await dispatch(services.handlers, 'library.import', {
        fileName,
        kind: 'programme',
        data: base64(data),
      });
      return result.ok ? 'imported' : result.error.code;
    };
    const text = await services.call('library.create', {
      kind: 'text',
      title: { zh: '', en: 'A text' },
      sourceLanguage: 'en',
    });
    const textJson = JSON.stringify(await services.call('document.get', { id: text.id }));
    expect(await attempt('text.json', textJson)).toBe('importWrongKind');
    expect(await attempt('broken.json', '{"schemaVersion": 3,')).toBe('importNotDocument');
    expect(await attempt('other.json', '{"schemaVersion": 3, "id": "x"}')).toBe(
      'importNotDocument',
    );
    expect(await attempt('new.json', '{"schemaVersion": 99}')).toBe('documentTooNew');
    expect(await attempt('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toBe(
      'importUnreadable',
    );
    // No extension: the content says which format it is.
    expect(await attempt('agenda', 'type\tdate\nsession\t2019-06-30')).toBe('imported');
    expect(await attempt('copy', textJson)).toBe('importWrongKind');
    // Excel's "Unicode text": UTF-16LE with a BOM, tab-separated, saved as .txt; or CSV in a .txt.
    const unicodeText = Buffer.from('\uFEFFtype\tdate\r\nsession\t2019-06-30\r\n', 'utf16le');
    expect(await attempt('日程.txt', unicodeText)).toBe('imported');
    expect(await attempt('agenda.txt', 'type,date\nsession,2019-06-30')).toBe('imported');

    const tooBig = await dispatch(services.handlers, 'library.import', {
      fileName: 'huge.csv',
      kind: 'programme',
      data: 'A'.repeat(MAX_IMPORT_BASE64_LENGTH + 4),
    });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });

    const notProgramme = await dispatch(services.handlers, 'document.exportProgramme', {
      id: text.id,
      format: 'csv',
    });
    expect(notProgramme).toMatchObject({ ok: false, error: { code: 'notProgramme' } });
    expect((await services.call('library.list', {})).documents).toHaveLength(4);
    await services.close();
  });
});
