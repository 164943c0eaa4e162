import {
  UNIT_STATUSES,
  type DuizhaoDocument,
  type Language,
  type Unit,
  type UnitStatus,
} from '../model/document';
import { plainText } from '../model/richText';
import { addCounts, countText, ZERO_COUNTS, type TextCounts } from '../text/counting';
import { hasOpenComments, isStale } from './workflow';

/** Where a document stands: units by status, stale ones, ones with open comments. Cheap. */
export interface DocumentProgress {
  units: number;
  byStatus: Record<UnitStatus, number>;
  stale: number;
  openComments: number;
}

/** How much text a document holds, per language. Costs a pass over every character. */
export interface DocumentCounts {
  zh: TextCounts;
  en: TextCounts;
}

export type DocumentStats = DocumentProgress & DocumentCounts;

/*
 * What statistics need of a unit, cached by unit object: an edit replaces one unit, so while
 * someone types only that unit is looked at again, however long the document.
 */
const flags = new WeakMap<Unit, { stale: boolean; openComments: boolean; source: Language }>();
const counts = new WeakMap<Unit, DocumentCounts>();

function flagsOf(unit: Unit, sourceLanguage: Language) {
  const cached = flags.get(unit);
  if (cached?.source === sourceLanguage) return cached;
  const fresh = {
    stale: isStale(unit, sourceLanguage),
    openComments: hasOpenComments(unit),
    source: sourceLanguage,
  };
  flags.set(unit, fresh);
  return fresh;
}

export function countsOf(unit: Unit): DocumentCounts {
  let cached = counts.get(unit);
  if (!cached) {
    cached = { zh: countText(plainText(unit.zh)), en: countText(plainText(unit.en)) };
    counts.set(unit, cached);
  }
  return cached;
}

export function documentProgress(document: DuizhaoDocument): DocumentProgress {
  const byStatus = Object.fromEntries(UNIT_STATUSES.map((status) => [status, 0])) as Record<
    UnitStatus,
    number
  >;
  let stale = 0;
  let openComments = 0;
  for (const unit of document.units) {
    byStatus[unit.status] += 1;
    const unitFlags = flagsOf(unit, document.sourceLanguage);
    if (unitFlags.stale) stale += 1;
    if (unitFlags.openComments) openComments += 1;
  }
  return { units: document.units.length, byStatus, stale, openComments };
}

export function documentCounts(document: DuizhaoDocument): DocumentCounts {
  let zh = ZERO_COUNTS;
  let en = ZERO_COUNTS;
  for (const unit of document.units) {
    const unitCounts = countsOf(unit);
    zh = addCounts(zh, unitCounts.zh);
    en = addCounts(en, unitCounts.en);
  }
  return { zh, en };
}

/** Progress and counts for a whole document: what the status bar and `duizhao stats` show. */
export function documentStats(document: DuizhaoDocument): DocumentStats {
  return { ...documentProgress(document), ...documentCounts(document) };
}
