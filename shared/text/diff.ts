import { diffChars, diffWordsWithSpace } from 'diff';
import type { Language } from '../model/document';

export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * What changed between two versions of a text: character by character for Chinese (there are
 * no spaces to find words by), word by word for English, so that a changed word reads as one
 * change rather than a scatter of letters.
 */
export function textDiff(before: string, after: string, language: Language): DiffSegment[] {
  const changes = language === 'zh' ? diffChars(before, after) : diffWordsWithSpace(before, after);
  return changes.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

export function hasChanges(segments: readonly DiffSegment[]): boolean {
  return segments.some((segment) => segment.kind !== 'same');
}
