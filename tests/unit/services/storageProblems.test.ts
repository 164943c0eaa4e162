import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract/dispatch';
import { LOCK_FILE_NAME } from '../../../electron/services/storage/dataFolderLock';
import { servicesFor } from '../../support/services';
import { tempDataDirPerTest } from '../../support/tempDataDir';

const dir = tempDataDirPerTest();

const title = { zh: '甲', en: 'A' };

/** Three documents; returns their ids. */
async function library(): Promise<string[]> {
  const services = await servicesFor(dir.path);
  const ids: string[] = [];
  for (const kind of ['text', 'programme', 'release'] as const) {
    ids.push((await services.call('library.create', { kind, title, sourceLanguage: 'zh' })).id);
  }
  await services.close();
  return ids;
}

const documentPath = (id: string) => join(dir.path, 'documents', `${id}.json`);

const GBK_MARK = '<<GBK>>';
/** UTF-8 text with the marker replaced by the GBK encoding of 甲. */
function gbk(text: string): Buffer {
  const [before = '', after = ''] = text.split(GBK_MARK);
  return Buffer.concat([Buffer.from(before), Buffer.from([0xbc, 0xd7]), Buffer.from(after)]);
}

describe('bad files in the data folder', () => {
  it.each([
    ['not JSON', () => 'this is not json {', 'notJson'],
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2)), 'truncated'],
    ['empty', () => '', 'truncated'],
    [
      'failing the schema',
      (text: string) => text.replace('"status":"draft"', '"status":"finished"'),
      'invalidSchema',
    ],
    // The GBK bytes of 甲 (BC D7) in an otherwise valid file: read as UTF-8 it would parse, garbled.
    ['in GBK', (text: string) => gbk(text.replace('"zh":"甲"', `"zh":"${GBK_MARK}"`)), 'notUtf8'],
  ] as const)(
    'moves a document file %s aside, reports it, and opens the rest',
    async (_, corrupt, reason) => {
      const [broken, ...healthy] = await library();
      const original = await readFile(documentPath(broken!), 'utf8');
      const corrupted = Buffer.from(corrupt(original));
      await writeFile(documentPath(broken!), corrupted);

      const services = await servicesFor(dir.path);
      const listing = await services.call('library.list', {});
      expect(listing.documents.map((entry) => entry.id).sort()).toEqual([...healthy].sort());
      expect(listing.problems).toHaveLength(1);
      const [problem] = listing.problems;
      expect(problem).toMatchObject({ file: `documents/${broken}.json`, reason });
      expect(problem!.movedTo).toMatch(
        new RegExp(`^documents/${broken}\\.corrupt-\\d{8}T\\d{6}Z\\.json$`),
      );
      // Moved aside byte for byte; nothing written over it.
      expect(await readFile(join(dir.path, problem!.movedTo!))).toEqual(corrupted);
      for (const id of healthy) await services.call('document.get', { id });
      const gone = await dispatch(services.handlers, 'document.get', { id: broken });
      expect(gone).toMatchObject({ ok: false, error: { code: 'documentNotFound' } });

      await services.call('library.dismissProblem', { problemId: problem!.id });
      expect((await services.call('library.list', {})).problems).toEqual([]);
      await services.close();
    },
  );

  it('leaves a document written by a newer Duizhao in place and reports it once', async () => {
    const [newer] = await library();
    const text = await readFile(documentPath(newer!), 'utf8');
    await writeFile(documentPath(newer!), text.replace(/"schemaVersion":\d+/, '"schemaVersion":7'));
    for (let start = 0; start < 2; start += 1) {
      const services = await servicesFor(dir.path);
      const listing = await services.call('library.list', {});
      expect(listing.problems).toMatchObject([{ reason: 'tooNew', movedTo: null }]);
      expect(listing.documents).toHaveLength(2);
      await services.close();
    }
    expect(await readdir(join(dir.path, 'documents'))).toContain(`${newer}.json`);
  });

  it('finds a file corrupted while the app runs when it is opened, and moves it aside', async () => {
    const [broken] = await library();
    const services = await servicesFor(dir.path);
    await writeFile(documentPath(broken!), '{"schemaVersion":1,');
    const result = await dispatch(services.handlers, 'document.get', { id: broken });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'documentUnreadable', params: { file: `documents/${broken}.json` } },
    });
    expect((await services.call('library.list', {})).problems).toMatchObject([
      { reason: 'truncated' },
    ]);
    await services.close();
  });

  it('rebuilds a lost or corrupt library index from the documents', async () => {
    const ids = await library();
    await writeFile(join(dir.path, 'library.json'), '\u0000\u0000garbage');
    const services = await servicesFor(dir.path);
    const listing = await services.call('library.list', {});
    expect(listing.documents.map((entry) => entry.id).sort()).toEqual([...ids].sort());
    expect(listing.problems).toMatchObject([{ file: 'library.json', reason: 'notJson' }]);
    await services.close();
  });

  it('falls back to default settings when settings.json is broken, keeping the file aside', async () => {
    await writeFile(
      join(dir.path, 'settings.json'),
      '{"schemaVersion":1,"uiLanguage":"fr","authorName":""}',
    );
    const services = await servicesFor(dir.path);
    expect(await services.call('settings.get', {})).toMatchObject({ uiLanguage: null });
    expect((await services.call('library.list', {})).problems).toMatchObject([
      { file: 'settings.json', reason: 'invalidSchema' },
    ]);
    await services.close();
  });
});

describe('one writer per data folder', () => {
  it('refuses a second writer with a clear, typed error', async () => {
    const first = await servicesFor(dir.path);
    await expect(servicesFor(dir.path)).rejects.toMatchObject({
      error: { code: 'dataFolderLocked', params: { pid: process.pid, host: 'cli' } },
    });
    await first.close();
    const again = await servicesFor(dir.path);
    await again.close();
  });

  it('lets a reader list the library while a writer holds the lock, and refuses its writes', async () => {
    const [id] = await library();
    const writer = await servicesFor(dir.path);
    const reader = await servicesFor(dir.path, { readOnly: true });
    expect((await reader.call('library.list', {})).documents).toHaveLength(3);
    expect((await reader.call('document.get', { id: id! })).id).toBe(id);
    const refused = await dispatch(reader.handlers, 'library.create', {
      kind: 'text',
      title,
      sourceLanguage: 'zh',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'readOnly' } });
    await reader.close();
    await writer.close();
  });

  it('takes over a lock left from before the machine restarted, even if its pid is in use again', async () => {
    await writeFile(
      join(dir.path, LOCK_FILE_NAME),
      JSON.stringify({
        pid: process.pid, // alive: our own
        hostname: (await import('node:os')).hostname(),
        host: 'electron',
        startedAt: '2001-01-01T00:00:00.000Z',
      }),
    );
    const services = await servicesFor(dir.path);
    await services.close();
  });

  it('removes a stale lock only if it is still the stale one (another process may have just taken over)', async () => {
    const { takeOver } = await import('../../../electron/services/storage/dataFolderLock');
    const host = (await import('node:os')).hostname();
    const stale = {
      pid: 999_999_999,
      hostname: host,
      host: 'cli',
      startedAt: '2026-01-01T00:00:00.000Z',
    };
    const fresh = {
      pid: process.pid,
      hostname: host,
      host: 'browser',
      startedAt: new Date().toISOString(),
    };
    const lockPath = join(dir.path, LOCK_FILE_NAME);
    // Between our reading the stale owner and our taking over, another process replaced it.
    await writeFile(lockPath, JSON.stringify(fresh));
    await takeOver(lockPath, stale);
    expect(JSON.parse(await readFile(lockPath, 'utf8'))).toEqual(fresh);
    // Still the stale owner: removed. And the takeover guard is cleaned up either way.
    await writeFile(lockPath, JSON.stringify(stale));
    await takeOver(lockPath, stale);
    expect(await readdir(dir.path)).not.toContain(LOCK_FILE_NAME);
    expect(await readdir(dir.path)).not.toContain(`${LOCK_FILE_NAME}.takeover`);
  });

  it('takes over the lock of a process that died without releasing it', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    const deadPid = await new Promise<number>((resolve) => {
      child.on('exit', () => {
        resolve(child.pid!);
      });
    });
    await writeFile(
      join(dir.path, LOCK_FILE_NAME),
      JSON.stringify({
        pid: deadPid,
        hostname: (await import('node:os')).hostname(),
        host: 'browser',
        startedAt: 'x',
      }),
    );
    const services = await servicesFor(dir.path);
    const lock = JSON.parse(await readFile(join(dir.path, LOCK_FILE_NAME), 'utf8')) as {
      pid: number;
    };
    expect(lock.pid).toBe(process.pid);
    await services.close();
    expect(await readdir(dir.path)).not.toContain(LOCK_FILE_NAME);
  });
});
