import { Low } from 'lowdb';
import { fail } from '../../../shared/contract/errors';
import type { StorageProblem } from '../../../shared/model/library';
import {
  DEFAULT_SETTINGS,
  SETTINGS_SCHEMA_VERSION,
  settingsMigrations,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../../shared/model/settings';
import type { VersionedFormat } from '../../../shared/model/versioned';
import { DurableJsonFile } from './durableJsonFile';
import type { QuarantineContext } from './quarantine';
import { loadVersionedFile } from './versionedFile';

const settingsFormat: VersionedFormat<Settings> = {
  currentVersion: SETTINGS_SCHEMA_VERSION,
  schema: settingsSchema,
  migrations: settingsMigrations,
};

/** settings.json. A broken file is moved aside and the defaults are used; never a crash. */
export class SettingsStore {
  private constructor(
    private readonly db: Low<Settings>,
    private readonly readOnly: boolean,
  ) {}

  static async open(
    context: QuarantineContext,
  ): Promise<{ store: SettingsStore; problem?: StorageProblem }> {
    const file = new DurableJsonFile<Settings>(context.layout.settingsFile, { pretty: true });
    // Settings are written back when changed: a newer version's file is moved aside first.
    const loaded = await loadVersionedFile(context, file, settingsFormat, {
      moveAsideIfTooNew: true,
    });
    const db = new Low<Settings>(
      file,
      loaded.kind === 'loaded' ? loaded.value : { ...DEFAULT_SETTINGS },
    );
    const store = new SettingsStore(db, context.readOnly);
    return loaded.kind === 'problem' ? { store, problem: loaded.problem } : { store };
  }

  get(): Settings {
    return this.db.data;
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    if (this.readOnly) fail('readOnly');
    this.db.data = settingsSchema.parse({ ...this.db.data, ...patch });
    await this.db.write();
    return this.db.data;
  }
}
