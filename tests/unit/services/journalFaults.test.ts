import type * as FsPromises from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournalEntry } from '../../../electron/services/storage/editJournal';
import { tempDataDirPerTest } from '../../support/tempDataDir';

/** fsync of a journal file fails while this is above zero (counted down per failure). */
const faults = vi.hoisted(() => ({ failSyncs: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (!String(args[0]).endsWith('.journal')) return handle;
      const realSync = handle.sync.bind(handle);
      handle.sync = async () => {
        if (faults.failSyncs > 0) {
          faults.failSyncs -= 1;
          throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
        }
        return realSync();
      };
      return handle;
    },
  };
});

const { EditJournal } = await import('../../../electron/services/storage/editJournal');
const { readFile } = await import('node:fs/promises');
const { join } = await import('node:path');

const dir = tempDataDirPerTest();
beforeEach(() => {
  faults.failSyncs = 0;
});

const entry = (revision: number, text: string): JournalEntry => ({
  v: 1,
  revision,
  updatedAt: '2026-11-21T00:00:00.000Z',
  edits: [{ op: 'setNote', unitId: 'u1', note: text }],
});

describe('a journal append that fails', () => {
  it('is taken back, so that only acknowledged entries are ever replayed', async () => {
    const journal = new EditJournal(join(dir.path, 'doc.journal'));
    await journal.append(entry(1, '第一稿'));
    faults.failSyncs = 1;
    await expect(journal.append(entry(2, '未确认'))).rejects.toThrow('EIO');
    expect(journal.needsRewrite).toBe(false);
    await journal.append(entry(2, '重试'));
    const { entries, damaged } = await journal.read();
    expect(damaged).toBeNull();
    expect(entries.map((e) => e.edits[0])).toMatchObject([{ note: '第一稿' }, { note: '重试' }]);
    expect((await readFile(journal.path, 'utf8')).split('\n')).toHaveLength(3);
  });

  it('that cannot even be taken back marks the journal for a whole rewrite', async () => {
    const journal = new EditJournal(join(dir.path, 'doc.journal'));
    faults.failSyncs = 2; // the append's fsync, then the truncation's
    await expect(journal.append(entry(1, '未确认'))).rejects.toThrow('EIO');
    expect(journal.needsRewrite).toBe(true);
    await journal.remove(); // what writing the whole document does
    expect(journal.needsRewrite).toBe(false);
  });
});
