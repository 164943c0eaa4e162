import { languageTag, type DuizhaoDocument, type Language, type Unit } from '../model/document';
import { isEmptyRichText } from '../model/richText';
import { escapeHtml, richTextHtml } from './html';
import { printWord, type PrintKey } from './printWords';

export type ProgrammeLayout = 'sideBySide' | 'stacked';

export interface ProgrammePrintOptions {
  layout: ProgrammeLayout;
  /**
   * Mark a text missing in one language with a visible placeholder (〔待译〕 / [to be
   * translated]) so staff see the gap in the draft preview. Default true; off for print.
   */
  draftMarks?: boolean;
}

/** The same content as HTML in each language. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const LANGS = ['zh', 'en'] as const satisfies readonly Language[];

/** `lang` and the class every language-specific element carries, with any further classes. */
export function langAttributes(lang: Language, className = ''): string {
  return `class="dz-${lang}${className ? ` ${className}` : ''}" lang="${languageTag(lang)}"`;
}

/** A print word, HTML-escaped. */
export function wordHtml(
  key: PrintKey,
  lang: Language,
  params?: Record<string, string | number>,
): string {
  return escapeHtml(printWord(key, lang, params));
}

/** Both languages of a print word. */
export function words(key: PrintKey, params?: Record<string, string | number>): Bilingual {
  return { zh: wordHtml(key, 'zh', params), en: wordHtml(key, 'en', params) };
}

/** The colon after a label: full-width in Chinese, half-width in English (CSS spaces it). */
export function labelHtml(label: string, lang: Language): string {
  return `${label}${lang === 'zh' ? '：' : ':'}`;
}

/**
 * The texts of one document, looked up by unit id, as HTML. A text with one side empty shows
 * the placeholder on that side (when draft marks are on), so a gap is never silently blank.
 */
export class PrintTexts {
  private readonly units: ReadonlyMap<string, Unit>;
  readonly draftMarks: boolean;

  constructor(document: DuizhaoDocument, options: ProgrammePrintOptions) {
    this.units = new Map(document.units.map((unit) => [unit.id, unit]));
    this.draftMarks = options.draftMarks ?? true;
  }

  /** Whether a unit has text in either language. */
  has(unitId: string | undefined): unitId is string {
    return this.pair(unitId) !== undefined;
  }

  /** A unit in both languages; undefined when it has no text in either. */
  pair(unitId: string | undefined): Bilingual | undefined {
    const unit = unitId === undefined ? undefined : this.units.get(unitId);
    if (!unit) return undefined;
    const zhEmpty = isEmptyRichText(unit.zh);
    const enEmpty = isEmptyRichText(unit.en);
    if (zhEmpty && enEmpty) return undefined;
    return {
      zh: zhEmpty ? this.missing('zh') : richTextHtml(unit.zh),
      en: enEmpty ? this.missing('en') : richTextHtml(unit.en),
    };
  }

  /** One side of a unit ('' when it has no text at all). */
  side(unitId: string | undefined, lang: Language): string {
    return this.pair(unitId)?.[lang] ?? '';
  }

  /** The mark for a text not yet translated, or nothing when draft marks are off. */
  missing(lang: Language): string {
    if (!this.draftMarks) return '';
    return `<span class="dz-missing">${wordHtml('print.missingTranslation', lang)}</span>`;
  }
}
