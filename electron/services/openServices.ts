import { randomFillSync } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { ContractHandlers, HostKind } from '../../shared/contract/contract';
import { makeId } from '../../shared/model/ids';
import type { Settings } from '../../shared/model/settings';
import { APP_VERSION } from './appVersion';
import { documentHandlers } from './handlers/documentHandlers';
import { libraryHandlers } from './handlers/libraryHandlers';
import { settingsHandlers } from './handlers/settingsHandlers';
import type { ServiceContext } from './serviceContext';
import { acquireDataFolderLock, type DataFolderLock } from './storage/dataFolderLock';
import { DataFolderLayout } from './storage/layout';
import { LibraryStore } from './storage/libraryStore';
import { SettingsStore } from './storage/settingsStore';

export interface ServicesOptions {
  host: HostKind;
  dataDir: string;
  /** The folder holding samples/ (the repo's resources/, or the packaged app's resources). */
  resourcesDir: string;
  /** Read-only services take no lock and refuse every change: for `duizhao list` beside a running app. */
  readOnly?: boolean;
  now?: () => Date;
  newId?: () => string;
  onSettingsChanged?: (settings: Settings) => void;
}

export interface Services {
  readonly handlers: ContractHandlers;
  readonly dataDir: string;
  /** Finishes what is under way, writes the index and releases the folder's lock. */
  close(): Promise<void>;
}

export function newId(): string {
  return makeId((array) => randomFillSync(array));
}

/**
 * Opens a data folder and returns the contract's handlers over it. A writer first takes the
 * folder's lock, so a second host or CLI on the same folder fails here with a clear error.
 */
export async function openServices(options: ServicesOptions): Promise<Services> {
  const readOnly = options.readOnly ?? false;
  let lock: DataFolderLock | undefined;
  if (!readOnly) {
    await mkdir(options.dataDir, { recursive: true });
    lock = await acquireDataFolderLock(options.dataDir, options.host);
  }
  try {
    const now = options.now ?? (() => new Date());
    const ids = options.newId ?? newId;
    const store = await LibraryStore.open({ dataDir: options.dataDir, readOnly, now, newId: ids });
    const layout = new DataFolderLayout(options.dataDir);
    const settings = await SettingsStore.open({ layout, readOnly, now, newId: ids });
    if (settings.problem) await store.recordProblem(settings.problem);
    const context: ServiceContext = {
      host: options.host,
      dataDir: options.dataDir,
      resourcesDir: options.resourcesDir,
      store,
      settings: settings.store,
      now,
      newId: ids,
      onSettingsChanged: options.onSettingsChanged ?? (() => undefined),
    };
    const handlers: ContractHandlers = {
      'app.info': async () => ({
        version: APP_VERSION,
        host: options.host,
        dataDir: options.dataDir,
        readOnly,
      }),
      ...libraryHandlers(context),
      ...documentHandlers(context),
      ...settingsHandlers(context),
    };
    let closing: Promise<void> | null = null;
    const close = () =>
      (closing ??= store.close().finally(() => {
        lock?.release();
      }));
    return { handlers, dataDir: options.dataDir, close };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
