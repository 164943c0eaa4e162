import { describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../../../electron/cli/cli';
import { servicesFor } from '../../support/services';
import { cliRunner } from '../../support/cliRunner';
import { tempDataDirPerTest } from '../../support/tempDataDir';

const dir = tempDataDirPerTest();

const cli = cliRunner(() => dir.path);

describe('the duizhao CLI', () => {
  it('creates a document, prints its id, lists it and shows it by an id prefix', async () => {
    const created = await cli([
      'new',
      '--kind',
      'programme',
      '--title-zh',
      '第二十一届中国科协年会',
      '--title-en',
      'The 21st Annual Meeting',
    ]);
    expect(created).toMatchObject({ code: EXIT_OK, err: '' });
    const id = created.out.trim();
    expect(id).toMatch(/^[a-z0-9]{12}$/);

    const listed = await cli(['list', '--json']);
    expect(listed.code).toBe(EXIT_OK);
    expect(JSON.parse(listed.out)).toMatchObject({
      documents: [{ id, kind: 'programme', title: { zh: '第二十一届中国科协年会' }, unitCount: 1 }],
    });
    expect((await cli(['list'])).out).toMatch(
      new RegExp(`${id}\\s+Programme\\s+1\\s+.*第二十一届中国科协年会 / The 21st Annual Meeting`),
    );

    const shown = await cli(['show', id.slice(0, 5), '--json']);
    expect(JSON.parse(shown.out)).toMatchObject({
      id,
      kind: 'programme',
      units: [{ status: 'draft' }],
    });
    expect((await cli(['show', id.slice(0, 5)])).out).toContain(
      'Title: 第二十一届中国科协年会 / The 21st Annual Meeting',
    );
  });

  it('adds the samples', async () => {
    const added = await cli(['samples']);
    expect(added.code).toBe(EXIT_OK);
    // The programme: 7 cover texts, the 9 paragraphs of the article, 6 session texts and the
    // speaker's name and title.
    expect(added.out).toMatch(/Programme\s+24/);
    expect(added.out).toMatch(/News release\s+9/);
  });

  it('prints a document’s progress and counts, as text or JSON', async () => {
    await cli(['samples']);
    const { documents } = JSON.parse((await cli(['list', '--json'])).out) as {
      documents: Array<{ id: string; kind: string }>;
    };
    const programme = documents.find((entry) => entry.kind === 'programme')!;
    const text = await cli(['stats', programme.id.slice(0, 6)]);
    expect(text.code).toBe(EXIT_OK);
    expect(text.out).toMatch(/Draft\s+24/);
    expect(text.out).toContain('0 of 24 units approved');
    // 第二十一届, 中国科协年会, 中国科学技术协会, 中国科协, 黑龙江省人民政府, 中国·哈尔滨.
    expect(text.out).toContain('Chinese: 36 Han characters, 37 characters without spaces');
    const json = JSON.parse((await cli(['stats', programme.id, '--json'])).out) as Record<
      string,
      unknown
    >;
    expect(json).toMatchObject({
      id: programme.id,
      units: 24,
      byStatus: { draft: 24, approved: 0 },
      zh: { han: 36 },
    });
    expect(await cli(['stats'])).toMatchObject({ code: EXIT_USAGE });
  });

  it('answers usage errors with exit code 1 and a clear message', async () => {
    expect(await cli([])).toMatchObject({ code: EXIT_USAGE });
    const help = await cli(['--help']);
    expect(help.code).toBe(EXIT_OK);
    expect(help.out).toContain('Usage: duizhao');
    expect(await cli(['explode'])).toMatchObject({
      code: EXIT_USAGE,
      err: 'Unknown command “explode”. Run duizhao --help.',
    });
    expect(await cli(['new', '--kind', 'poem', '--title-en', 'x'])).toMatchObject({
      code: EXIT_USAGE,
      err: '--kind must be one of: programme, release, text.',
    });
    expect(await cli(['new', '--kind', 'text'])).toMatchObject({ code: EXIT_USAGE });
    expect(await cli(['show'])).toMatchObject({ code: EXIT_USAGE });
    expect(await cli(['show', 'zzz'])).toMatchObject({
      code: EXIT_USAGE,
      err: 'No document has an id starting with “zzz”.',
    });
    expect(await cli(['list', '--colour'])).toMatchObject({ code: EXIT_USAGE });
  });

  it('speaks Chinese on a Chinese system', async () => {
    expect(await cli(['explode'], 'zh_CN.UTF-8')).toMatchObject({
      err: '未知命令“explode”。请运行 duizhao --help。',
    });
  });

  it('fails with exit code 2 and says why when another Duizhao writes to the folder, yet still lists it', async () => {
    const app = await servicesFor(dir.path, { host: 'browser' });
    await app.call('library.create', {
      kind: 'text',
      title: { zh: '甲', en: '' },
      sourceLanguage: 'zh',
    });
    const refused = await cli(['new', '--kind', 'text', '--title-en', 'Second writer']);
    expect(refused.code).toBe(EXIT_FAILURE);
    expect(refused.err).toMatch(/is in use by another Duizhao \(browser, process \d+, since /);
    const listed = await cli(['list', '--json']);
    expect(listed.code).toBe(EXIT_OK);
    expect((JSON.parse(listed.out) as { documents: unknown[] }).documents).toHaveLength(1);
    await app.close();
  });
});
