import { parseInlineMarkup } from './inlineMarkup';
import { blocksOf, containsHan, type SampleDocument, type SampleUnit } from './sampleDocument';
import { plainText, type RichText } from '../model/richText';

export const PROGRAMME_SAMPLE_FILE = 'cast-21st-annual-meeting-2019.programme.md';

/**
 * The 21st CAST Annual Meeting sample, from its Markdown source: the bilingual cover lines
 * (the source repeats the cover three times with different line breaks; each line is kept
 * once), then the English article, its heading and highlights, each as a unit. The Chinese
 * side stays empty where the source has none; everything starts as a draft.
 */
export function programmeSample(markdown: string): SampleDocument {
  const blocks = blocksOf(markdown);
  const articleStart = blocks.findIndex((lines) => (lines[0] ?? '').startsWith('#'));
  const cover = articleStart < 0 ? blocks : blocks.slice(0, articleStart);
  const article = articleStart < 0 ? [] : blocks.slice(articleStart);

  const units: SampleUnit[] = [];
  const seen = new Set<string>();
  const add = (unit: SampleUnit): void => {
    const key = `${plainText(unit.zh)}\u0000${plainText(unit.en)}`;
    if (seen.has(key)) return;
    seen.add(key);
    units.push(unit);
  };
  for (const lines of cover) coverUnits(lines).forEach(add);
  for (const lines of article) articleUnits(lines).forEach(add);

  return {
    kind: 'programme',
    title: {
      zh: '第二十一届中国科协年会',
      en: 'The 21st Annual Meeting of the China Association for Science and Technology',
    },
    sourceLanguage: 'zh',
    units,
  };
}

/**
 * A cover block is Chinese lines and English lines. A Chinese line followed by English lines is
 * one bilingual unit (the English lines were one title broken for the page); a Chinese line
 * with no English after it is a unit of its own.
 */
function coverUnits(lines: string[]): SampleUnit[] {
  const units: SampleUnit[] = [];
  let pending: { zh: string; en: string[] } | null = null;
  const flush = (): void => {
    if (pending)
      units.push({
        zh: parseInlineMarkup(pending.zh),
        en: parseInlineMarkup(pending.en.join(' ')),
      });
    pending = null;
  };
  for (const line of lines) {
    if (containsHan(line)) {
      flush();
      pending = { zh: line, en: [] };
    } else if (pending) {
      pending.en.push(line);
    } else {
      units.push({ zh: [], en: parseInlineMarkup(line) });
    }
  }
  flush();
  return units;
}

function articleUnits(lines: string[]): SampleUnit[] {
  // A list item or heading starts a unit; other lines continue the paragraph they are in.
  const pieces: string[] = [];
  for (const line of lines) {
    const item = /^(#{1,6}\s+|[-*+]\s+)(.*)$/.exec(line);
    if (item || pieces.length === 0) pieces.push(item ? (item[2] as string) : line);
    else pieces.push(`${pieces.pop() as string} ${line}`);
  }
  return pieces.map((text) => englishOnly(parseInlineMarkup(text)));
}

function englishOnly(en: RichText): SampleUnit {
  return { zh: [], en };
}
