import { join } from 'node:path';
import { ID_PATTERN } from '../../../shared/model/document';

/**
 * Where things live in a data folder:
 *   library.json            the library index (derived: rebuilt from documents/ if lost)
 *   settings.json           UI language, author name
 *   documents/<id>.json     one file per document
 *   documents/<id>.journal  edits saved since that file was last written
 *   documents/<id>.corrupt-<time>.json   a file that failed to load, moved aside untouched
 *   duizhao.lock            held by the one process that writes to this folder
 */
export class DataFolderLayout {
  constructor(readonly root: string) {}

  get documentsDir(): string {
    return join(this.root, 'documents');
  }

  get indexFile(): string {
    return join(this.root, 'library.json');
  }

  get settingsFile(): string {
    return join(this.root, 'settings.json');
  }

  documentFile(id: string): string {
    return join(this.documentsDir, `${id}.json`);
  }

  /** The edits saved since the document file was last written (see editJournal.ts). */
  journalFile(id: string): string {
    return join(this.documentsDir, `${id}.journal`);
  }

  /** A path relative to the data folder, as shown to users in problem reports. */
  relative(path: string): string {
    return path.startsWith(this.root)
      ? path.slice(this.root.length + 1).replaceAll('\\', '/')
      : path;
  }
}

const DOCUMENT_FILE = new RegExp(`^(${ID_PATTERN})\\.json$`);

/** The document id a file name in documents/ stands for, or null for any other file. */
export function documentIdOfFileName(fileName: string): string | null {
  return DOCUMENT_FILE.exec(fileName)?.[1] ?? null;
}

/** "abc.json" → "abc.corrupt-20261121T093005Z.json": sortable, and never a document name. */
export function asideFileName(fileName: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 ? fileName.slice(dot) : '';
  return `${stem}.corrupt-${stamp}${extension}`;
}
