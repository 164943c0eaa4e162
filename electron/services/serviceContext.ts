import type { HostKind } from '../../shared/contract/contract';
import type { Settings } from '../../shared/model/settings';
import type { LibraryStore } from './storage/libraryStore';
import type { SettingsStore } from './storage/settingsStore';

/** What every handler may use; built once per data folder by `openServices`. */
export interface ServiceContext {
  host: HostKind;
  dataDir: string;
  resourcesDir: string;
  store: LibraryStore;
  settings: SettingsStore;
  now: () => Date;
  newId: () => string;
  onSettingsChanged: (settings: Settings) => void;
}
