import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { fail } from '../../../shared/contract/errors';
import type { Edit } from '../../../shared/edits/edit';
import type { DuizhaoDocument } from '../../../shared/model/document';
import { libraryEntryOf, type StorageProblem } from '../../../shared/model/library';
import { DurableJsonFile, isLeftoverTemporary } from './durableJsonFile';
import { DataFolderLayout } from './layout';
import { fileStamp, listFiles, reconcileIndex } from './indexReconciliation';
import {
  emptyLibraryIndex,
  libraryIndexFormat,
  type IndexEntry,
  type LibraryIndex,
} from './libraryIndex';
import type { QuarantineContext } from './quarantine';
import { loadVersionedFile } from './versionedFile';
import { OpenDocument, type OpenOutcome } from './openDocument';

export interface StoreOptions {
  dataDir: string;
  readOnly: boolean;
  now: () => Date;
  newId: () => string;
}

/** How long index updates from saves wait, so that typing does not rewrite library.json each time. */
const INDEX_WRITE_DELAY_MS = 1_000;
/** A document file catches up with its journal this long after the last save… */
const COMPACT_WHEN_IDLE_MS = 3_000;
/** …or at once after this many saves, so that a journal never grows long. */
const COMPACT_AFTER_SAVES = 300;

/**
 * The documents of one data folder and the index that lists them. One lowdb instance per file,
 * opened on first use and kept. Changes to one document are serialised and durable before they
 * resolve; the cache changes only once the disk has. The index is derived data: saves update it
 * in memory and write it a moment later (and on close); a crash in between costs a re-read of
 * the changed documents at the next start, never a document.
 */
export class LibraryStore {
  private readonly documents = new Map<string, OpenDocument>();
  private readonly loading = new Map<string, Promise<OpenDocument>>();
  private readonly compactions = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private indexTimer: ReturnType<typeof setTimeout> | null = null;
  private closing = false;

  private constructor(
    private readonly context: QuarantineContext,
    private readonly index: Low<LibraryIndex>,
  ) {}

  static async open(options: StoreOptions): Promise<LibraryStore> {
    const layout = new DataFolderLayout(options.dataDir);
    const context: QuarantineContext = { ...options, layout };
    if (!options.readOnly) {
      await mkdir(layout.documentsDir, { recursive: true });
      await removeLeftoverTemporaries(layout.root);
      await removeLeftoverTemporaries(layout.documentsDir);
    }
    const indexFile = new DurableJsonFile<LibraryIndex>(layout.indexFile, { pretty: true });
    // The index is rebuilt from the documents if it cannot be used, so even a newer version's
    // index is moved aside rather than written over.
    const loaded = await loadVersionedFile(context, indexFile, libraryIndexFormat, {
      moveAsideIfTooNew: true,
    });
    const index = new Low<LibraryIndex>(indexFile, emptyLibraryIndex());
    if (loaded.kind === 'loaded') index.data = loaded.value;
    if (loaded.kind === 'problem') index.data.problems.push(loaded.problem);
    const store = new LibraryStore(context, index);
    await store.reconcile();
    return store;
  }

  get readOnly(): boolean {
    return this.context.readOnly;
  }

  entries(): readonly IndexEntry[] {
    return this.index.data.entries;
  }

  entry(id: string): IndexEntry {
    return (
      this.index.data.entries.find((entry) => entry.id === id) ?? fail('documentNotFound', { id })
    );
  }

  problems(): readonly StorageProblem[] {
    return this.index.data.problems;
  }

  async dismissProblem(problemId: string): Promise<void> {
    this.assertWritable();
    this.index.data.problems = this.index.data.problems.filter(
      (problem) => problem.id !== problemId,
    );
    await this.writeIndex();
  }

  async readDocument(id: string): Promise<DuizhaoDocument> {
    return (await this.load(id)).data;
  }

  /** Adds a new document to the library, durably. */
  async createDocument(document: DuizhaoDocument): Promise<void> {
    this.assertWritable();
    await this.serialize(document.id, async () => {
      this.documents.set(document.id, await OpenDocument.create(this.context, document));
      await this.noteWritten(document);
    });
  }

  /**
   * Read, change and write one document as one step: changes to the same document never
   * interleave. `change` may refuse by throwing a typed error; then nothing is written. The
   * whole file is written (for renames and the like; edits go through `saveEdits`).
   */
  async updateDocument(
    id: string,
    change: (current: DuizhaoDocument) => DuizhaoDocument,
  ): Promise<DuizhaoDocument> {
    this.assertWritable();
    return this.serialize(id, async () => {
      const open = await this.load(id);
      const next = change(open.data);
      await open.writeWhole(next);
      await this.noteWritten(next);
      return next;
    });
  }

  /**
   * Saves a batch of edits: `change` computes the next document from the current one (or
   * refuses with a typed error), and the edits are appended to the document's journal. The
   * file itself is rewritten once editing pauses, or after many saves.
   */
  async saveEdits(
    id: string,
    edits: readonly Edit[],
    change: (current: DuizhaoDocument) => DuizhaoDocument,
  ): Promise<DuizhaoDocument> {
    this.assertWritable();
    return this.serialize(id, async () => {
      const open = await this.load(id);
      const next = change(open.data);
      await open.appendEdits(next, edits);
      await this.noteWritten(next);
      this.scheduleCompaction(id, open);
      return next;
    });
  }

  /** Writes what is pending (journals into documents, the index) and waits for changes under way. */
  async close(): Promise<void> {
    this.closing = true;
    for (const timer of this.compactions.values()) clearTimeout(timer);
    this.compactions.clear();
    await Promise.allSettled(this.queues.values());
    for (const [id, open] of this.documents) {
      if (!open.hasUnwrittenEdits || this.readOnly) continue;
      // One document that cannot be written must not keep the others (or the index) behind.
      await this.compact(id).catch((error: unknown) => {
        console.error(
          `Duizhao: could not write document ${id} (its journal keeps the edits):`,
          error,
        );
      });
    }
    if (this.indexTimer) {
      clearTimeout(this.indexTimer);
      this.indexTimer = null;
      await this.writeIndex();
    }
  }

  private scheduleCompaction(id: string, open: OpenDocument): void {
    if (this.closing) return; // close() compacts everything itself
    clearTimeout(this.compactions.get(id));
    const delay = open.unwrittenCount >= COMPACT_AFTER_SAVES ? 0 : COMPACT_WHEN_IDLE_MS;
    const timer = setTimeout(() => {
      this.compactions.delete(id);
      void this.compact(id).catch((error: unknown) => {
        // The journal still holds every edit: nothing is lost, the next attempt will do.
        console.error(
          `Duizhao: could not write document ${id} (its journal keeps the edits):`,
          error,
        );
      });
    }, delay);
    timer.unref();
    this.compactions.set(id, timer);
  }

  private compact(id: string): Promise<void> {
    return this.serialize(id, async () => {
      const open = this.documents.get(id);
      if (open && (await open.compact())) await this.noteWritten(open.data);
    });
  }

  private serialize<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return run;
  }

  private load(id: string): Promise<OpenDocument> {
    this.entry(id);
    const cached = this.documents.get(id);
    if (cached) return Promise.resolve(cached);
    let loading = this.loading.get(id);
    if (!loading) {
      loading = this.loadFromDisk(id).finally(() => this.loading.delete(id));
      this.loading.set(id, loading);
    }
    return loading;
  }

  private async loadFromDisk(id: string): Promise<OpenDocument> {
    const outcome = await this.open(id);
    if (outcome.kind === 'missing') {
      await this.forget(id);
      fail('documentNotFound', { id });
    }
    if (outcome.kind === 'problem') {
      await this.forget(id, outcome.problem);
      const { file: name, movedTo, reason, detail } = outcome.problem;
      if (reason === 'tooNew') fail('documentTooNew', { file: name }, detail);
      if (movedTo === null) fail('documentDamaged', { file: name, reason }, detail);
      fail('documentUnreadable', { file: name, movedTo }, detail);
    }
    if (outcome.problem) await this.recordProblem(outcome.problem);
    return outcome.document;
  }

  /** Opens a document from disk and keeps it; a journal left by a crash is written in. */
  private async open(id: string): Promise<OpenOutcome> {
    const outcome = await OpenDocument.open(this.context, id);
    if (outcome.kind !== 'open') return outcome;
    if (!this.readOnly) {
      try {
        await outcome.document.compact();
      } catch (error) {
        // A full disk must not keep a readable document from opening: its journal still
        // holds every edit, and the next compaction tries again.
        console.error(
          `Duizhao: could not write document ${id} (its journal keeps the edits):`,
          error,
        );
      }
    }
    this.documents.set(id, outcome.document);
    return outcome;
  }

  private async noteWritten(document: DuizhaoDocument): Promise<void> {
    const path = this.context.layout.documentFile(document.id);
    const entry: IndexEntry = { ...libraryEntryOf(document), file: await fileStamp(path) };
    const entries = this.index.data.entries;
    const at = entries.findIndex((existing) => existing.id === entry.id);
    if (at >= 0) entries[at] = entry;
    else entries.push(entry);
    this.scheduleIndexWrite();
  }

  private scheduleIndexWrite(): void {
    if (this.readOnly || this.indexTimer) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null;
      void this.writeIndex().catch((error: unknown) => {
        console.error('Duizhao: could not update library.json (it is rebuilt at start-up):', error);
      });
    }, INDEX_WRITE_DELAY_MS);
    this.indexTimer.unref();
  }

  private async writeIndex(): Promise<void> {
    if (!this.readOnly) await this.index.write();
  }

  /** Drops a document that is gone or unusable from the index, recording why. */
  private async forget(id: string, problem?: StorageProblem): Promise<void> {
    this.documents.delete(id);
    this.index.data.entries = this.index.data.entries.filter((entry) => entry.id !== id);
    if (problem) this.addProblem(problem);
    await this.writeIndex();
  }

  /** Records a problem found elsewhere (the settings file, say) so the library reports it. */
  async recordProblem(problem: StorageProblem): Promise<void> {
    this.addProblem(problem);
    await this.writeIndex();
  }

  private addProblem(problem: StorageProblem): void {
    const problems = this.index.data.problems;
    // A file left in place (too new) is found again at every start: report it once.
    if (
      problems.some(
        (known) => known.file === problem.file && known.reason === problem.reason && !known.movedTo,
      )
    ) {
      return;
    }
    problems.push(problem);
  }

  private async reconcile(): Promise<void> {
    const { entries, problems, changed } = await reconcileIndex(
      this.context,
      this.index.data.entries,
      (id) => this.open(id),
    );
    for (const problem of problems) this.addProblem(problem);
    this.index.data.entries = entries;
    if (changed) await this.writeIndex();
  }

  private assertWritable(): void {
    if (this.readOnly) fail('readOnly');
  }
}

async function removeLeftoverTemporaries(folder: string): Promise<void> {
  for (const fileName of await listFiles(folder)) {
    if (isLeftoverTemporary(fileName)) await unlink(join(folder, fileName)).catch(() => undefined);
  }
}
