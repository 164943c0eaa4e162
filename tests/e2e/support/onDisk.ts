import { readFile } from 'node:fs/promises';
import { EditJournal, replayJournal } from '../../../electron/services/storage/editJournal';
import { DataFolderLayout } from '../../../electron/services/storage/layout';
import { migrateDocument, type DuizhaoDocument } from '../../../shared/model/document';

export type OnDisk =
  | { ok: true; document: DuizhaoDocument }
  | { ok: false; reason: 'unreadable' | 'invalid' | 'journalDamaged'; detail: string };

/**
 * A document as the next start would load it: its file, plus the journal of edits saved since
 * that file was written, replayed by the storage code itself. Read-only: it takes no lock, so
 * a test can look while the host runs (or after it was killed).
 */
export async function readDocumentOnDisk(dataDir: string, id: string): Promise<OnDisk> {
  const layout = new DataFolderLayout(dataDir);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(layout.documentFile(id), 'utf8'));
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: String(error) };
  }
  const migrated = migrateDocument(parsed);
  if (!migrated.ok) return { ok: false, reason: 'invalid', detail: JSON.stringify(migrated) };
  const journal = await new EditJournal(layout.journalFile(id)).read();
  const replayed = replayJournal(migrated.value, journal.entries);
  const damage = journal.damaged ?? replayed.damaged;
  if (damage) return { ok: false, reason: 'journalDamaged', detail: damage };
  return { ok: true, document: replayed.document };
}
