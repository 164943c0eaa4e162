import { otherLanguage, type Language, type Unit, type UnitStatus } from '../model/document';
import type { Role } from '../model/review';
import { isEmptyRichText, plainText } from '../model/richText';

/**
 * The review workflow as pure rules: draft → translated → reviewed → approved, and rejected
 * back to the translator. Statuses never lie: editing a confirmed target lowers its status to
 * the editor's level, and a unit whose source changed since its target was confirmed is stale.
 */
const RANK: Record<UnitStatus, number> = {
  draft: 0,
  rejected: 0,
  translated: 1,
  reviewed: 2,
  approved: 3,
};

export const CONFIRMED_STATUSES: readonly UnitStatus[] = ['translated', 'reviewed', 'approved'];

export function statusRank(status: UnitStatus): number {
  return RANK[status];
}

export function isConfirmed(status: UnitStatus): boolean {
  return RANK[status] > 0;
}

/** What a confirmation by this role makes a unit: translator → translated, reviewer → reviewed. */
export function roleLevel(role: Role): UnitStatus {
  return role === 'translator' ? 'translated' : 'reviewed';
}

/** Only reviewers approve and reject. */
export function mayApprove(role: Role): boolean {
  return role === 'reviewer';
}

export function targetSide(sourceLanguage: Language): Language {
  return otherLanguage(sourceLanguage);
}

/** The status after someone in `role` edits the target: never higher than before, never above their level. */
export function statusAfterEdit(status: UnitStatus, role: Role): UnitStatus {
  if (!isConfirmed(status)) return status;
  const level = roleLevel(role);
  return RANK[status] > RANK[level] ? level : status;
}

/** The source changed after the target was confirmed: the translation may no longer match. */
export function isStale(unit: Unit, sourceLanguage: Language): boolean {
  return (
    isConfirmed(unit.status) &&
    unit.confirmedSource !== undefined &&
    unit.confirmedSource !== plainText(unit[sourceLanguage])
  );
}

export function hasEmptyTarget(unit: Unit, sourceLanguage: Language): boolean {
  return isEmptyRichText(unit[targetSide(sourceLanguage)]);
}

/** Not confirmed by anyone yet (or no longer, because its source changed). */
export function isUnconfirmed(unit: Unit, sourceLanguage: Language): boolean {
  return !isConfirmed(unit.status) || isStale(unit, sourceLanguage);
}

/**
 * Whether a unit waits for this role: a translator for drafts, rejections, stale translations
 * and empty targets; a reviewer for translations not yet reviewed, and stale ones.
 */
export function needsAttention(unit: Unit, sourceLanguage: Language, role: Role): boolean {
  if (isStale(unit, sourceLanguage)) return true;
  if (role === 'translator')
    return !isConfirmed(unit.status) || hasEmptyTarget(unit, sourceLanguage);
  return unit.status === 'translated' && !hasEmptyTarget(unit, sourceLanguage);
}

/** The index of the next unit after `from` that matches, wrapping around once; -1 if none. */
export function nextMatching(
  units: readonly Unit[],
  from: number,
  matches: (unit: Unit) => boolean,
): number {
  for (let step = 1; step <= units.length; step += 1) {
    const index = (from + step) % units.length;
    const unit = units[index];
    if (unit && matches(unit)) return index;
  }
  return -1;
}

export function hasOpenComments(unit: Unit): boolean {
  return (unit.comments ?? []).some((thread) => !thread.resolved);
}

export function openCommentCount(unit: Unit): number {
  return (unit.comments ?? []).filter((thread) => !thread.resolved).length;
}
