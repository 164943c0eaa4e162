import type { Language, Unit } from '../model/document';
import type { RichText } from '../model/richText';
import { replaceInRichText } from '../text/search';

export interface PlannedReplacement {
  unitId: string;
  before: RichText;
  after: RichText;
  count: number;
}

/**
 * What a replace-all would change, unit by unit, on one side. Applying it is ordinary text
 * edits, so a confirmed unit it touches loses its confirmation like any other edit would.
 */
export function planReplacements(
  units: readonly Unit[],
  side: Language,
  pattern: RegExp,
  replacement: string,
  expand: boolean,
): PlannedReplacement[] {
  const planned: PlannedReplacement[] = [];
  for (const unit of units) {
    const { text, count } = replaceInRichText(unit[side], pattern, replacement, expand);
    if (count > 0) planned.push({ unitId: unit.id, before: unit[side], after: text, count });
  }
  return planned;
}
