import type { StorageProblem } from '../../../shared/model/library';
import { readVersioned, type VersionedFormat } from '../../../shared/model/versioned';
import { UnreadableFileError, type DurableJsonFile } from './durableJsonFile';
import { quarantine, type QuarantineContext } from './quarantine';

export type LoadOutcome<T> =
  | { kind: 'loaded'; value: T; migratedFrom?: number }
  | { kind: 'missing' }
  | { kind: 'problem'; problem: StorageProblem };

/**
 * Reads a stored JSON file and checks it against its format. A file that is not JSON, is
 * truncated or fails the schema is moved aside and reported; one written by a newer Duizhao is
 * reported and left alone. Either way the caller carries on with the rest of the library.
 */
export async function loadVersionedFile<T>(
  context: QuarantineContext,
  file: DurableJsonFile<unknown>,
  format: VersionedFormat<T>,
  options: { moveAsideIfTooNew?: boolean } = {},
): Promise<LoadOutcome<T>> {
  let raw: unknown;
  try {
    raw = await file.read();
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    return {
      kind: 'problem',
      problem: await quarantine(context, file.path, error.reason, error.message),
    };
  }
  if (raw === null) return { kind: 'missing' };
  const outcome = readVersioned(raw, format);
  if (outcome.ok) {
    return outcome.migratedFrom === undefined
      ? { kind: 'loaded', value: outcome.value }
      : { kind: 'loaded', value: outcome.value, migratedFrom: outcome.migratedFrom };
  }
  return {
    kind: 'problem',
    problem: await quarantine(context, file.path, outcome.reason, outcome.detail, options),
  };
}
