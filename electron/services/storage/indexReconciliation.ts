import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { libraryEntryOf, type StorageProblem } from '../../../shared/model/library';
import { isErrno } from './durableJsonFile';
import { documentIdOfFileName } from './layout';
import type { IndexEntry } from './libraryIndex';
import type { OpenOutcome } from './openDocument';
import type { QuarantineContext } from './quarantine';

/**
 * Brings the index in line with the documents folder at start-up: a file the index does not
 * know, one that changed since the index last saw it (its size or mtime differs), or one with
 * a journal of edits not yet written into it, is opened and checked; an entry whose file is
 * gone is dropped. Unchanged files are trusted without reading them, which keeps start-up fast
 * for a large library.
 */
export async function reconcileIndex(
  context: QuarantineContext,
  indexed: readonly IndexEntry[],
  open: (id: string) => Promise<OpenOutcome>,
): Promise<{ entries: IndexEntry[]; problems: StorageProblem[]; changed: boolean }> {
  const { documentsDir } = context.layout;
  const known = new Map(indexed.map((entry) => [entry.id, entry]));
  const files = await listFiles(documentsDir);
  const journals = new Set(
    files.filter((name) => name.endsWith('.journal')).map((name) => name.slice(0, -8)),
  );
  const entries: IndexEntry[] = [];
  const problems: StorageProblem[] = [];
  let changed = false;
  for (const fileName of files) {
    const id = documentIdOfFileName(fileName);
    if (id === null) continue;
    const path = join(documentsDir, fileName);
    const stamp = await fileStamp(path);
    const entry = known.get(id);
    if (
      entry &&
      !journals.has(id) &&
      entry.file.size === stamp.size &&
      entry.file.mtimeMs === stamp.mtimeMs
    ) {
      entries.push(entry);
      continue;
    }
    changed = true;
    const outcome = await open(id);
    if (outcome.kind === 'open') {
      if (outcome.problem) problems.push(outcome.problem);
      entries.push({ ...libraryEntryOf(outcome.document.data), file: await fileStamp(path) });
    } else if (outcome.kind === 'problem') {
      problems.push(outcome.problem);
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
