import type { Language, Unit } from '../model/document';
import type { HistoryEntry } from '../model/review';
import { plainText } from '../model/richText';
import { hasChanges, textDiff, type DiffSegment } from '../text/diff';

/** The target as the translator last confirmed it, if they have. */
export function translatorVersion(unit: Unit, side: Language): HistoryEntry | undefined {
  return (unit.history ?? []).findLast(
    (entry) => entry.side === side && entry.role === 'translator',
  );
}

/**
 * What review changed in a target: the translator's confirmed version against the text now,
 * as track changes. Null when the translator has not confirmed it, or nothing changed since.
 */
export function reviewChanges(unit: Unit, side: Language): DiffSegment[] | null {
  const version = translatorVersion(unit, side);
  if (!version) return null;
  const segments = textDiff(plainText(version.text), plainText(unit[side]), side);
  return hasChanges(segments) ? segments : null;
}
