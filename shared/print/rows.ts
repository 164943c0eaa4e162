import type { Language } from '../model/document';
import {
  LANGS,
  langAttributes,
  labelHtml,
  type Bilingual,
  type ProgrammeLayout,
} from './bilingual';

/** One line of an agenda row in both languages: a title, a speaker, "Chair: …". */
export interface Line extends Bilingual {
  /** Classes for both sides: dz-line-title, dz-line-person, … */
  className: string;
}

/**
 * A line with a label before it (主持人： / Chair: ). Further lines under the same label repeat
 * it invisibly, so their text lines up under the first line's without fixed label widths.
 */
export function labelledLines(label: Bilingual, values: Bilingual[], className: string): Line[] {
  return values.map((value, index) => {
    const side = (lang: Language) => {
      const labelClass = index === 0 ? 'dz-label' : 'dz-label dz-label-repeat';
      const hidden = index === 0 ? '' : ' aria-hidden="true"';
      return `<span class="${labelClass}"${hidden}>${labelHtml(label[lang], lang)}</span><span class="dz-value">${value[lang]}</span>`;
    };
    return { zh: side('zh'), en: side('en'), className: `dz-labelled ${className}` };
  });
}

/**
 * An agenda row: the time at the far left, then the lines. Side by side, Chinese lines fill the
 * left column and English the right, so a talk and its translation start at the same height
 * and each language reads on undisturbed below. Stacked, each Chinese line has its English
 * directly below it.
 */
export function rowHtml(
  layout: ProgrammeLayout,
  time: string,
  lines: readonly Line[],
  className: string,
): string {
  const timeCell = `<div class="dz-time">${time}</div>`;
  if (layout === 'sideBySide') {
    const column = (lang: Language) =>
      `<div ${langAttributes(lang, 'dz-lines')}>${lines.map((line) => `<div class="dz-line ${line.className}">${line[lang]}</div>`).join('')}</div>`;
    return `<div class="dz-row dz-row-side-by-side ${className}">${timeCell}${LANGS.map(column).join('')}</div>`;
  }
  const stacked = lines
    .flatMap((line) =>
      LANGS.map(
        (lang) => `<div ${langAttributes(lang, `dz-line ${line.className}`)}>${line[lang]}</div>`,
      ),
    )
    .join('');
  return `<div class="dz-row dz-row-stacked ${className}">${timeCell}<div class="dz-lines">${stacked}</div></div>`;
}
