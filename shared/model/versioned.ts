import { z } from 'zod';

/**
 * Every stored file carries a schemaVersion. Reading one goes through `readVersioned`: an older
 * file is migrated step by step to the current version, a newer file is refused without being
 * touched (a newer Duizhao wrote it), and anything else is checked against the current schema.
 */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export interface VersionedFormat<T> {
  currentVersion: number;
  schema: z.ZodType<T>;
  /** migrations[n] turns a version-n object into a version-(n+1) object. */
  migrations: Readonly<Record<number, Migration>>;
}

export type VersionedReadOutcome<T> =
  | { ok: true; value: T; migratedFrom?: number }
  | { ok: false; reason: 'tooNew'; version: number; detail: string }
  | { ok: false; reason: 'invalidSchema'; detail: string };

export function readVersioned<T>(
  raw: unknown,
  format: VersionedFormat<T>,
): VersionedReadOutcome<T> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'invalidSchema', detail: 'expected a JSON object' };
  }
  let data = raw as Record<string, unknown>;
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalidSchema', detail: 'schemaVersion is missing or not valid' };
  }
  if (version > format.currentVersion) {
    return {
      ok: false,
      reason: 'tooNew',
      version,
      detail: `schemaVersion ${version} is newer than ${format.currentVersion}`,
    };
  }
  for (let from = version; from < format.currentVersion; from += 1) {
    const migrate = format.migrations[from];
    if (!migrate) {
      return { ok: false, reason: 'invalidSchema', detail: `no migration from version ${from}` };
    }
    data = { ...migrate(data), schemaVersion: from + 1 };
  }
  const parsed = format.schema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, reason: 'invalidSchema', detail: z.prettifyError(parsed.error) };
  }
  return version === format.currentVersion
    ? { ok: true, value: parsed.data }
    : { ok: true, value: parsed.data, migratedFrom: version };
}
