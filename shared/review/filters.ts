import type { Language, Unit, UnitStatus } from '../model/document';
import { plainText } from '../model/richText';
import { findRanges, type SearchScope } from '../text/search';
import { hasEmptyTarget, hasOpenComments, isStale } from './workflow';

/** Which units the grid shows. Every condition that is on must hold; statuses empty = any status. */
export interface UnitFilter {
  statuses: readonly UnitStatus[];
  stale: boolean;
  openComments: boolean;
  emptyTarget: boolean;
}

export const NO_FILTER: UnitFilter = {
  statuses: [],
  stale: false,
  openComments: false,
  emptyTarget: false,
};

export function isFiltering(filter: UnitFilter): boolean {
  return filter.statuses.length > 0 || filter.stale || filter.openComments || filter.emptyTarget;
}

export function matchesFilter(unit: Unit, filter: UnitFilter, sourceLanguage: Language): boolean {
  if (filter.statuses.length > 0 && !filter.statuses.includes(unit.status)) return false;
  if (filter.stale && !isStale(unit, sourceLanguage)) return false;
  if (filter.openComments && !hasOpenComments(unit)) return false;
  if (filter.emptyTarget && !hasEmptyTarget(unit, sourceLanguage)) return false;
  return true;
}

export function sidesOf(scope: SearchScope): Language[] {
  return scope === 'both' ? ['zh', 'en'] : [scope];
}

/** Whether a unit's text matches a compiled search, on the sides the scope names. */
export function matchesSearch(unit: Unit, pattern: RegExp, scope: SearchScope): boolean {
  return sidesOf(scope).some((side) => findRanges(plainText(unit[side]), pattern).length > 0);
}
