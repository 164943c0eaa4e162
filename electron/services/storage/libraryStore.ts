import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { fail } from '../../../shared/contract/errors';
import { documentFormat, type DuizhaoDocument } from '../../../shared/model/document';
import { libraryEntryOf, type StorageProblem } from '../../../shared/model/library';
import { DurableJsonFile, isErrno, isLeftoverTemporary } from './durableJsonFile';
import { DataFolderLayout, documentIdOfFileName } from './layout';
import {
  emptyLibraryIndex,
  libraryIndexFormat,
  type IndexEntry,
  type LibraryIndex,
} from './libraryIndex';
import { quarantine, type QuarantineContext } from './quarantine';
import { loadVersionedFile } from './versionedFile';

export interface StoreOptions {
  dataDir: string;
  readOnly: boolean;
  now: () => Date;
  newId: () => string;
}

/**
 * The documents of one data folder and the index that lists them. One lowdb instance per file,
 * opened on first use and kept; every write is durable before it resolves.
 */
export class LibraryStore {
  private readonly documents = new Map<string, Low<DuizhaoDocument>>();

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
    const loaded = await loadVersionedFile(context, indexFile, libraryIndexFormat);
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
    await this.index.write();
  }

  async readDocument(id: string): Promise<DuizhaoDocument> {
    this.entry(id);
    const cached = this.documents.get(id);
    if (cached) return cached.data;
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
    return db.data;
  }

  /** Writes a document durably, then its index entry. Resolves once both are on disk. */
  async writeDocument(document: DuizhaoDocument): Promise<void> {
    this.assertWritable();
    const path = this.context.layout.documentFile(document.id);
    let db = this.documents.get(document.id);
    if (!db) {
      db = new Low<DuizhaoDocument>(new DurableJsonFile(path), document);
      this.documents.set(document.id, db);
    }
    db.data = document;
    await db.write();
    await this.putEntry({ ...libraryEntryOf(document), file: await fileStamp(path) });
  }

  private async putEntry(entry: IndexEntry): Promise<void> {
    const entries = this.index.data.entries;
    const at = entries.findIndex((existing) => existing.id === entry.id);
    if (at >= 0) entries[at] = entry;
    else entries.push(entry);
    await this.index.write();
  }

  /** Drops a document that is gone or unusable from the index, recording why. */
  private async forget(id: string, problem?: StorageProblem): Promise<void> {
    this.documents.delete(id);
    this.index.data.entries = this.index.data.entries.filter((entry) => entry.id !== id);
    if (problem) this.addProblem(problem);
    if (!this.readOnly) await this.index.write();
  }

  /** Records a problem found elsewhere (the settings file, say) so the library reports it. */
  async recordProblem(problem: StorageProblem): Promise<void> {
    this.addProblem(problem);
    if (!this.readOnly) await this.index.write();
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

  /**
   * Brings the index in line with the documents folder: a file the index does not know, or
   * that changed since the index last saw it, is read and checked; an entry whose file is gone
   * is dropped. Unchanged files are trusted without reading them, which keeps start-up fast.
   */
  private async reconcile(): Promise<void> {
    const { layout } = this.context;
    const known = new Map(this.index.data.entries.map((entry) => [entry.id, entry]));
    const entries: IndexEntry[] = [];
    let changed = false;
    for (const fileName of await listFiles(layout.documentsDir)) {
      const id = documentIdOfFileName(fileName);
      if (id === null) continue;
      const path = join(layout.documentsDir, fileName);
      const stamp = await fileStamp(path);
      const entry = known.get(id);
      if (entry && entry.file.size === stamp.size && entry.file.mtimeMs === stamp.mtimeMs) {
        entries.push(entry);
        continue;
      }
      changed = true;
      const loaded = await loadVersionedFile(
        this.context,
        new DurableJsonFile(path),
        documentFormat,
      );
      if (loaded.kind === 'loaded' && loaded.value.id === id) {
        entries.push({ ...libraryEntryOf(loaded.value), file: stamp });
      } else if (loaded.kind === 'loaded') {
        const detail = `the file holds document ${loaded.value.id}, not ${id}`;
        this.addProblem(await quarantine(this.context, path, 'invalidSchema', detail));
      } else if (loaded.kind === 'problem') {
        this.addProblem(loaded.problem);
      }
    }
    changed ||= entries.length !== this.index.data.entries.length;
    this.index.data.entries = entries;
    if (changed && !this.readOnly) await this.index.write();
  }

  private assertWritable(): void {
    if (this.readOnly) fail('readOnly');
  }
}

async function fileStamp(path: string): Promise<{ size: number; mtimeMs: number }> {
  const stats = await stat(path);
  return { size: stats.size, mtimeMs: stats.mtimeMs };
}

async function listFiles(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).sort();
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
}

async function removeLeftoverTemporaries(folder: string): Promise<void> {
  for (const fileName of await listFiles(folder)) {
    if (isLeftoverTemporary(fileName)) await unlink(join(folder, fileName)).catch(() => undefined);
  }
}
