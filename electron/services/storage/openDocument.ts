import { Low } from 'lowdb';
import type { Edit } from '../../../shared/edits/edit';
import { documentFormat, type DuizhaoDocument } from '../../../shared/model/document';
import type { StorageProblem } from '../../../shared/model/library';
import { DurableJsonFile, isErrno } from './durableJsonFile';
import { EditJournal, JOURNAL_FORMAT, replayJournal } from './editJournal';
import { moveAside, quarantine, type QuarantineContext } from './quarantine';
import { loadVersionedFile } from './versionedFile';

export type OpenOutcome =
  | { kind: 'open'; document: OpenDocument; problem?: StorageProblem }
  | { kind: 'missing' }
  | { kind: 'problem'; problem: StorageProblem };

/**
 * One document in memory: its file (a lowdb instance), and the journal of edits saved since
 * that file was written. The data changes only after the disk has.
 */
export class OpenDocument {
  private constructor(
    private readonly db: Low<DuizhaoDocument>,
    private readonly journal: EditJournal,
    /** Journal entries not yet in the document file. */
    private unwritten: number,
  ) {}

  /**
   * Reads a document file and replays its journal. A damaged journal is moved aside and
   * reported; the document opens with the edits before the damage. A document that cannot be
   * read takes its journal aside with it.
   */
  static async open(context: QuarantineContext, id: string): Promise<OpenOutcome> {
    const { layout } = context;
    const file = new DurableJsonFile<DuizhaoDocument>(layout.documentFile(id));
    const journal = new EditJournal(layout.journalFile(id));
    // The journal first: a read-only opener (the CLI) may read while the app writes, and a
    // journal read before the file can only be older than the file, never ahead of it with
    // a gap (replay skips what the file already holds).
    const contents = await journal.read();
    const loaded = await loadVersionedFile(context, file, documentFormat);
    if (loaded.kind !== 'loaded') {
      if (loaded.kind === 'problem' && loaded.problem.movedTo !== null)
        await moveJournalAside(journal, context);
      return loaded;
    }
    if (loaded.value.id !== id) {
      const detail = `the file holds document ${loaded.value.id}, not ${id}`;
      const problem = await quarantine(context, file.path, 'invalidSchema', detail);
      if (problem.movedTo !== null) await moveJournalAside(journal, context);
      return { kind: 'problem', problem };
    }
    const replayed = replayJournal(loaded.value, contents.entries);
    const damage = contents.damaged ?? replayed.damaged;
    const document = new OpenDocument(
      new Low(file, replayed.document),
      journal,
      contents.entries.length,
    );
    if (!damage) return { kind: 'open', document };
    // Keep what replayed: write it as the document first, then move the damaged journal
    // aside. A crash in between only repeats this recovery at the next start.
    if (!context.readOnly) await file.write(replayed.document);
    const problem = await quarantine(context, journal.path, 'journalDamaged', damage);
    if (!context.readOnly) document.unwritten = 0;
    return { kind: 'open', document, problem };
  }

  static async create(
    context: QuarantineContext,
    document: DuizhaoDocument,
  ): Promise<OpenDocument> {
    const file = new DurableJsonFile<DuizhaoDocument>(context.layout.documentFile(document.id));
    await file.write(document);
    return new OpenDocument(
      new Low(file, document),
      new EditJournal(context.layout.journalFile(document.id)),
      0,
    );
  }

  get data(): DuizhaoDocument {
    return this.db.data;
  }

  get hasUnwrittenEdits(): boolean {
    return this.unwritten > 0;
  }

  get unwrittenCount(): number {
    return this.unwritten;
  }

  /** Saves a batch of edits by appending it to the journal; `next` is the document after them. */
  async appendEdits(next: DuizhaoDocument, edits: readonly Edit[]): Promise<void> {
    if (this.journal.needsRewrite) {
      await this.writeWhole(next);
      return;
    }
    await this.journal.append({
      v: JOURNAL_FORMAT,
      revision: next.revision,
      updatedAt: next.updatedAt,
      edits: [...edits],
    });
    this.db.data = next;
    this.unwritten += 1;
  }

  /** Writes the whole document and drops the journal, whose edits it now contains. */
  async writeWhole(next: DuizhaoDocument): Promise<void> {
    await this.db.adapter.write(next);
    this.db.data = next;
    await this.journal.remove();
    this.unwritten = 0;
  }

  /** Brings the document file up to date with the journal, if it is behind. */
  async compact(): Promise<boolean> {
    if (this.unwritten === 0) return false;
    await this.writeWhole(this.db.data);
    return true;
  }
}

async function moveJournalAside(journal: EditJournal, context: QuarantineContext): Promise<void> {
  if (context.readOnly) return;
  try {
    await moveAside(journal.path, context.now());
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
}
