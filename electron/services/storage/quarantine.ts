import { access, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { StorageProblem, StorageProblemReason } from '../../../shared/model/library';
import { asideFileName, type DataFolderLayout } from './layout';
import { syncFolder } from './durableJsonFile';

export interface QuarantineContext {
  layout: DataFolderLayout;
  readOnly: boolean;
  now: () => Date;
  newId: () => string;
}

/**
 * Records a file that could not be used and moves it aside so that nothing will ever
 * overwrite it. A file from a newer Duizhao stays where it is, unless the caller would write
 * over it (the index, the settings); a read-only opener moves nothing. Returns the problem.
 */
export async function quarantine(
  context: QuarantineContext,
  path: string,
  reason: StorageProblemReason,
  detail: string,
  options: { moveAsideIfTooNew?: boolean } = {},
): Promise<StorageProblem> {
  const foundAt = context.now();
  let movedTo: string | null = null;
  if (!context.readOnly && (reason !== 'tooNew' || options.moveAsideIfTooNew)) {
    movedTo = context.layout.relative(await moveAside(path, foundAt));
  }
  return {
    id: context.newId(),
    file: context.layout.relative(path),
    movedTo,
    reason,
    detail: detail.slice(0, 2_000),
    foundAt: foundAt.toISOString(),
  };
}

/** Renames a file to <name>.corrupt-<time><ext> beside it (a free name); returns the new path. */
export async function moveAside(path: string, at: Date): Promise<string> {
  const target = await freeName(join(dirname(path), asideFileName(basename(path), at)));
  await rename(path, target);
  await syncFolder(dirname(path));
  return target;
}

async function freeName(path: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? path : path.replace(/(\.\w+)?$/, `-${n}$1`);
    try {
      await access(candidate);
    } catch {
      return candidate;
    }
  }
}
