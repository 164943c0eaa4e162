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
export const journalEntrySchema = z
  .object({
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
  constructor(readonly path: string) {}

  async append(entry: JournalEntry): Promise<void> {
    const handle = await open(this.path, 'a', 0o644);
    try {
      await handle.writeFile(`${JSON.stringify(entry)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
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
    try {
      await unlink(this.path);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return;
      throw error;
    }
    await syncFolder(dirname(this.path));
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
  for (const entry of entries) {
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
