import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { documentFormat } from '../../../shared/model/document';
import { libraryEntryOf, type StorageProblem } from '../../../shared/model/library';
import { DurableJsonFile, isErrno } from './durableJsonFile';
import { documentIdOfFileName } from './layout';
import type { IndexEntry } from './libraryIndex';
import { quarantine, type QuarantineContext } from './quarantine';
import { loadVersionedFile } from './versionedFile';

/**
 * Brings the index in line with the documents folder at start-up: a file the index does not
 * know, or that changed since the index last saw it (its size or mtime differs), is read and
 * checked; an entry whose file is gone is dropped. Unchanged files are trusted without reading
 * them, which keeps start-up fast for a large library.
 */
export async function reconcileIndex(
  context: QuarantineContext,
  indexed: readonly IndexEntry[],
): Promise<{ entries: IndexEntry[]; problems: StorageProblem[]; changed: boolean }> {
  const { documentsDir } = context.layout;
  const known = new Map(indexed.map((entry) => [entry.id, entry]));
  const entries: IndexEntry[] = [];
  const problems: StorageProblem[] = [];
  let changed = false;
  for (const fileName of await listFiles(documentsDir)) {
    const id = documentIdOfFileName(fileName);
    if (id === null) continue;
    const path = join(documentsDir, fileName);
    const stamp = await fileStamp(path);
    const entry = known.get(id);
    if (entry && entry.file.size === stamp.size && entry.file.mtimeMs === stamp.mtimeMs) {
      entries.push(entry);
      continue;
    }
    changed = true;
    const loaded = await loadVersionedFile(context, new DurableJsonFile(path), documentFormat);
    if (loaded.kind === 'loaded' && loaded.value.id === id) {
      entries.push({ ...libraryEntryOf(loaded.value), file: stamp });
    } else if (loaded.kind === 'loaded') {
      const detail = `the file holds document ${loaded.value.id}, not ${id}`;
      problems.push(await quarantine(context, path, 'invalidSchema', detail));
    } else if (loaded.kind === 'problem') {
      problems.push(loaded.problem);
    }
  }
  changed ||= entries.length !== indexed.length;
  return { entries, problems, changed };
}

export async function fileStamp(path: string): Promise<{ size: number; mtimeMs: number }> {
  const stats = await stat(path);
  return { size: stats.size, mtimeMs: stats.mtimeMs };
}

export async function listFiles(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).sort();
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
}
