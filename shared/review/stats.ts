import { UNIT_STATUSES, type DuizhaoDocument, type Unit, type UnitStatus } from '../model/document';
import { plainText } from '../model/richText';
import { addCounts, countText, ZERO_COUNTS, type TextCounts } from '../text/counting';
import { hasOpenComments, isStale } from './workflow';

export interface DocumentStats {
  units: number;
  byStatus: Record<UnitStatus, number>;
  stale: number;
  openComments: number;
  zh: TextCounts;
  en: TextCounts;
}

/** Counts per unit are cached by unit object: an edit replaces one unit, so only it is recounted. */
const unitCounts = new WeakMap<Unit, { zh: TextCounts; en: TextCounts }>();

export function countsOf(unit: Unit): { zh: TextCounts; en: TextCounts } {
  let counts = unitCounts.get(unit);
  if (!counts) {
    counts = { zh: countText(plainText(unit.zh)), en: countText(plainText(unit.en)) };
    unitCounts.set(unit, counts);
  }
  return counts;
}

/** Progress and counts for a whole document: what the status bar and `duizhao stats` show. */
export function documentStats(document: DuizhaoDocument): DocumentStats {
  const byStatus = Object.fromEntries(UNIT_STATUSES.map((status) => [status, 0])) as Record<
    UnitStatus,
    number
  >;
  let zh = ZERO_COUNTS;
  let en = ZERO_COUNTS;
  let stale = 0;
  let openComments = 0;
  for (const unit of document.units) {
    byStatus[unit.status] += 1;
    if (isStale(unit, document.sourceLanguage)) stale += 1;
    if (hasOpenComments(unit)) openComments += 1;
    const counts = countsOf(unit);
    zh = addCounts(zh, counts.zh);
    en = addCounts(en, counts.en);
  }
  return { units: document.units.length, byStatus, stale, openComments, zh, en };
}
