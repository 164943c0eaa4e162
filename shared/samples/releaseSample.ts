import { richTextFromPlain } from '../model/richText';
import { blocksOf, draftUnits, type SampleDocument, type SampleUnit } from './sampleDocument';

export const RELEASE_SAMPLE_FILE = 'cast-work-conference-2021.news.en.txt';

const REPLACEMENT_CHARACTER = '\uFFFD';

export interface Repair {
  /** How many broken characters were removed after a closing quotation mark. */
  afterQuotes: number;
  /** Broken characters found elsewhere, left in place because the original cannot be known. */
  leftInPlace: number;
}

/**
 * The source lost its closing quotation marks in transit: a right double quotation mark
 * (U+201D, bytes E2 80 9D) was decoded as a straight quote plus a byte no encoding maps, which
 * became U+FFFD. The quote that survived is the one the text needs, so the repair is to drop
 * the replacement character after it. Any other U+FFFD is left alone and reported.
 */
export function repairBrokenQuotes(text: string): { text: string; repair: Repair } {
  let afterQuotes = 0;
  const repaired = text.replace(/(["\u201D'\u2019])\uFFFD/g, (_, quote: string) => {
    afterQuotes += 1;
    return quote;
  });
  const leftInPlace = repaired.split(REPLACEMENT_CHARACTER).length - 1;
  return { text: repaired, repair: { afterQuotes, leftInPlace } };
}

/** What the note on a repaired unit says: in both languages, as the document is bilingual. */
export function repairNote(repair: Repair): string | undefined {
  const parts: string[] = [];
  if (repair.afterQuotes > 0) {
    parts.push(
      `已修复：删除了右引号后的乱码字符 U+FFFD（${repair.afterQuotes} 处）。` +
        `Repaired: removed the broken character U+FFFD after a closing quotation mark (${repair.afterQuotes}×).`,
    );
  }
  if (repair.leftInPlace > 0) {
    parts.push(
      `未修复：另有 ${repair.leftInPlace} 处乱码字符 U+FFFD，原字符无法确定，请核对来源。` +
        `Not repaired: ${repair.leftInPlace} more U+FFFD, original unknown; check the source.`,
    );
  }
  return parts.length > 0 ? parts.join('\n') : undefined;
}

const SCRAPE_METADATA = /^date \d{4}-\d{2}-\d{2}\b/;

/**
 * The CAST 2021 work-conference news release, English first: one unit per paragraph with the
 * Chinese side to be translated. The scraper's "date … (@author)" line is not part of the
 * release; it is kept as a note on the first unit rather than dropped unseen.
 */
export function releaseSample(text: string, newId: () => string): SampleDocument {
  const paragraphs = blocksOf(text).map((lines) => lines.join(' '));
  const metadata =
    paragraphs.length > 0 && SCRAPE_METADATA.test(paragraphs[0] as string)
      ? paragraphs.shift()
      : undefined;
  const units = paragraphs.map((paragraph): SampleUnit => {
    const { text: repaired, repair } = repairBrokenQuotes(paragraph);
    const note = repairNote(repair);
    const unit: SampleUnit = { zh: [], en: richTextFromPlain(repaired) };
    if (note) unit.note = note;
    return unit;
  });
  const first = units[0];
  if (metadata && first) {
    const origin = `来源网页信息（未收入正文）Source page metadata (not part of the release): ${metadata}`;
    first.note = first.note ? `${origin}\n${first.note}` : origin;
  }
  return {
    kind: 'release',
    title: { zh: '中国科协2021年工作会议', en: 'CAST 2021 Work Conference' },
    sourceLanguage: 'en',
    units: draftUnits(units, newId),
  };
}
