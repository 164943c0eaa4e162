import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { fail } from '../../../shared/contract/errors';
import { documentFormat, type DuizhaoDocument } from '../../../shared/model/document';
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

export interface StoreOptions {
  dataDir: string;
  readOnly: boolean;
  now: () => Date;
  newId: () => string;
}

/** How long index updates from saves wait, so that typing does not rewrite library.json each time. */
const INDEX_WRITE_DELAY_MS = 1_000;

/**
 * The documents of one data folder and the index that lists them. One lowdb instance per file,
 * opened on first use and kept. Changes to one document are serialised and durable before they
 * resolve; the cache changes only once the disk has. The index is derived data: saves update it
 * in memory and write it a moment later (and on close); a crash in between costs a re-read of
 * the changed documents at the next start, never a document.
 */
export class LibraryStore {
  private readonly documents = new Map<string, Low<DuizhaoDocument>>();
  private readonly loading = new Map<string, Promise<Low<DuizhaoDocument>>>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private indexTimer: ReturnType<typeof setTimeout> | null = null;

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
      const file = new DurableJsonFile<DuizhaoDocument>(
        this.context.layout.documentFile(document.id),
      );
      await file.write(document);
      this.documents.set(document.id, new Low(file, document));
      await this.noteWritten(document);
    });
  }

  /**
   * Read, change and write one document as one step: changes to the same document never
   * interleave. `change` may refuse by throwing a typed error; then nothing is written.
   */
  async updateDocument(
    id: string,
    change: (current: DuizhaoDocument) => DuizhaoDocument,
  ): Promise<DuizhaoDocument> {
    this.assertWritable();
    return this.serialize(id, async () => {
      const db = await this.load(id);
      const next = change(db.data);
      await db.adapter.write(next);
      db.data = next;
      await this.noteWritten(next);
      return next;
    });
  }

  /** Writes what is pending (the index) and waits for changes under way. */
  async close(): Promise<void> {
    await Promise.allSettled(this.queues.values());
    if (this.indexTimer) {
      clearTimeout(this.indexTimer);
      this.indexTimer = null;
      await this.writeIndex();
    }
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

  private load(id: string): Promise<Low<DuizhaoDocument>> {
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

  private async loadFromDisk(id: string): Promise<Low<DuizhaoDocument>> {
    const file = new DurableJsonFile<DuizhaoDocument>(this.context.layout.documentFile(id));
    const loaded = await loadVersionedFile(this.context, file, documentFormat);
    if (loaded.kind === 'missing') {
      await this.forget(id);
      fail('documentNotFound', { id });
    }
    if (loaded.kind === 'problem') {
      await this.forget(id, loaded.problem);
      const { file: name, movedTo, reason, detail } = loaded.problem;
      if (reason === 'tooNew') fail('documentTooNew', { file: name }, detail);
      if (movedTo === null) fail('documentDamaged', { file: name, reason }, detail);
      fail('documentUnreadable', { file: name, movedTo }, detail);
    }
    const db = new Low<DuizhaoDocument>(file, loaded.value);
    this.documents.set(id, db);
    return db;
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
