import { open, readFile, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { applyEdits } from '../../../shared/edits/applyEdits';
import { editBatchSchema } from '../../../shared/edits/edit';
import { isoTimeSchema, type DuizhaoDocument } from '../../../shared/model/document';
import { isErrno, syncFolder } from './durableJsonFile';

/**
 * The edits saved since a document file was last written, one JSON line per save, appended
 * and fsynced before the save is acknowledged. Rewriting a long document on every save costs
 * tens of milliseconds (a 5,000-unit document is megabytes); appending a few hundred bytes
 * costs a few. The document file is brought up to date ("compacted") when editing pauses and
 * on close; on load, the journal is replayed on top of it.
 */
export const JOURNAL_FORMAT = 1;

/**
 * One save. `v` is the entry format: a later Duizhao that changes the edits migrates old
 * entries by it, as it migrates documents by their schemaVersion.
 */
export const journalEntrySchema = z
  .object({
    v: z.literal(JOURNAL_FORMAT),
    revision: z.number().int().positive(),
    updatedAt: isoTimeSchema,
    edits: editBatchSchema,
  })
  .strict();
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export interface JournalContents {
  entries: JournalEntry[];
  /** Why reading stopped early, if a complete line could not be read. */
  damaged: string | null;
}

export class EditJournal {
  /** Whether the journal's name in the folder is known to be durable (its folder fsynced). */
  private nameDurable = false;
  /** A failed append could not be taken back: the next save must rewrite the document. */
  private untrusted = false;

  constructor(readonly path: string) {}

  /** True when the journal must not be appended to until the document is written whole. */
  get needsRewrite(): boolean {
    return this.untrusted;
  }

  /**
   * Appends one entry and fsyncs it. A failed append is taken back (the file is truncated to
   * its size before), so that an entry nobody acknowledged is never replayed; if even that
   * fails, the journal is marked untrusted and the store rewrites the document instead.
   */
  async append(entry: JournalEntry): Promise<void> {
    const handle = await open(this.path, 'a', 0o644);
    let synced = false;
    try {
      const before = (await handle.stat()).size;
      try {
        await handle.writeFile(`${JSON.stringify(entry)}\n`, 'utf8');
        await handle.sync();
        synced = true;
      } catch (error) {
        try {
          await handle.truncate(before);
          await handle.sync();
        } catch {
          this.untrusted = true;
        }
        throw error;
      }
    } finally {
      // Once the entry is fsynced, a failure to close does not make it any less saved.
      await handle.close().catch((error: unknown) => {
        if (!synced) throw error;
      });
    }
    if (!this.nameDurable) {
      // The first append creates the file: its name in the folder must survive a power cut too.
      await syncFolder(dirname(this.path));
      this.nameDurable = true;
    }
  }

  /**
   * The entries on disk. A last line without its newline is an append that never finished
   * (and was never acknowledged): it is ignored. Any other line that does not read stops the
   * reading there and is reported.
   */
  async read(): Promise<JournalContents> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return { entries: [], damaged: null };
      throw error;
    }
    const lines = text.split('\n');
    lines.pop(); // after the last newline: empty, or an unfinished append
    const entries: JournalEntry[] = [];
    for (const [index, line] of lines.entries()) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        return { entries, damaged: `line ${index + 1} is not JSON` };
      }
      const entry = journalEntrySchema.safeParse(parsed);
      if (!entry.success)
        return { entries, damaged: `line ${index + 1}: ${z.prettifyError(entry.error)}` };
      entries.push(entry.data);
    }
    return { entries, damaged: null };
  }

  async remove(): Promise<void> {
    this.nameDurable = false;
    try {
      await unlink(this.path);
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) throw error;
    }
    await syncFolder(dirname(this.path));
    this.untrusted = false;
  }
}

/**
 * The document with the journal's entries applied, in order. Entries the document file
 * already contains (written before a crash could remove the journal) are skipped; a gap or an
 * entry that does not apply ends the replay and is reported.
 */
export function replayJournal(
  document: DuizhaoDocument,
  entries: readonly JournalEntry[],
): { document: DuizhaoDocument; applied: number; damaged: string | null } {
  let current = document;
  let applied = 0;
  for (const entry of lastOfEachRevision(entries)) {
    if (entry.revision <= current.revision) continue;
    if (entry.revision !== current.revision + 1) {
      return {
        document: current,
        applied,
        damaged: `revision ${entry.revision} follows ${current.revision}`,
      };
    }
    const outcome = applyEdits(current, entry.edits);
    if (!outcome.ok) {
      return {
        document: current,
        applied,
        damaged: `revision ${entry.revision}: ${outcome.failure.reason}`,
      };
    }
    current = { ...outcome.document, revision: entry.revision, updatedAt: entry.updatedAt };
    applied += 1;
  }
  return { document: current, applied, damaged: null };
}

/**
 * A revision written twice means the first append failed after reaching the disk (and was
 * never acknowledged; the in-memory revision did not move) and the save was retried: the last
 * entry for a revision is the one that counts.
 */
function lastOfEachRevision(entries: readonly JournalEntry[]): JournalEntry[] {
  const last = new Map<number, number>();
  entries.forEach((entry, index) => last.set(entry.revision, index));
  return entries.filter((entry, index) => last.get(entry.revision) === index);
}
